/**
 * A chart as a stand-alone image for slides and reports: the chart's SVG with its styles
 * written onto each element (page CSS does not travel with a file), a title above, and the
 * source line and model version below, so an exported image is never separated from where its
 * numbers came from. The text is set in Atkinson Hyperlegible, embedded in the file, so it
 * looks the same on a machine that does not have the font. Browser only.
 */
import regularUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';

const copiedStyles = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linejoin',
	// The tornado's labels are haloed: the stroke is painted under the fill, not over it.
	'paint-order',
	'font-size',
	'opacity',
	'text-anchor'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_FAMILY = 'Atkinson Hyperlegible';
const FONT = `'${FONT_FAMILY}', sans-serif`;
/**
 * The embedded files are the latin subset: English text, £, − and the typographic quotes. The
 * face has no arrows, so charts draw theirs as paths.
 */
const fontFiles = { 400: regularUrl, 700: boldUrl } as const;
type Weight = keyof typeof fontFiles;

export interface ImageText {
	title: string;
	/** E.g. "Source: Rewire model 2026.2 · Anyborough MBC (fictional): this scenario against…". */
	footer: string;
}

// Each weight is fetched and encoded once a page: the file is the one the page's own CSS uses,
// so it usually comes from the browser's cache.
const encoded = new Map<Weight, Promise<string>>();

function base64(bytes: Uint8Array) {
	let binary = '';
	// In slices: spreading a whole font into one call would overflow the argument limit.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

function fontData(weight: Weight): Promise<string> {
	let data = encoded.get(weight);
	if (!data) {
		data = fetch(fontFiles[weight]).then(async (response) => {
			if (!response.ok) throw new Error(`the font could not be loaded (HTTP ${response.status})`);
			return base64(new Uint8Array(await response.arrayBuffer()));
		});
		// A failed fetch (offline for a moment) is not remembered, so the next export tries again.
		data.catch(() => encoded.delete(weight));
		encoded.set(weight, data);
	}
	return data;
}

/** Both weights: every image has a bold title and a regular source line. */
async function fontFaces(): Promise<string> {
	const faces = await Promise.all(
		([400, 700] as const).map(
			async (weight) =>
				`@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
				`src:url(data:font/woff2;base64,${await fontData(weight)}) format('woff2')}`
		)
	);
	return faces.join('');
}

/** Only 400 and 700 are embedded: a semibold label is drawn bold rather than synthesised. */
const weightOf = (cssWeight: string): Weight => (Number(cssWeight) >= 600 ? 700 : 400);

/** Copies the page's styles onto the copy, setting every text in the embedded font. */
function inlineStyles(from: Element, to: Element) {
	const computed = getComputedStyle(from);
	const declarations = copiedStyles
		.map((name) => `${name}:${computed.getPropertyValue(name)}`)
		.filter((declaration) => !declaration.endsWith(':'));
	if (from.localName === 'text') {
		declarations.push(`font-family:${FONT}`, `font-weight:${weightOf(computed.fontWeight)}`);
	}
	to.setAttribute('style', declarations.join(';'));
	for (let i = 0; i < from.children.length; i++) {
		inlineStyles(from.children[i], to.children[i]);
	}
}

/** The first colour behind the chart that is not transparent: the card, the slide, the page. */
function backgroundOf(element: Element): string {
	for (let at: Element | null = element; at; at = at.parentElement) {
		const colour = getComputedStyle(at).backgroundColor;
		if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
	}
	return '#ffffff';
}

/** Measures text in the font it is drawn in, once the page has that face loaded. */
async function measurer(size: number, weight: Weight, sample: string) {
	const font = `${weight} ${size}px ${FONT}`;
	await document.fonts.load(font, sample);
	const context = document.createElement('canvas').getContext('2d')!;
	context.font = font;
	return (content: string) => context.measureText(content).width;
}

/** Splits a title or source line into lines no wider than the image, so none is cut off. */
async function wrap(content: string, size: number, weight: Weight, width: number) {
	const measure = await measurer(size, weight, content);
	const lines: string[] = [];
	let line = '';
	for (const word of content.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	return [...lines, line];
}

function text(lines: string[], x: number, y: number, size: number, weight: Weight, fill: string) {
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute(
		'style',
		`font-family:${FONT};font-size:${size}px;font-weight:${weight};fill:${fill}`
	);
	lines.forEach((content, i) => {
		const span = document.createElementNS(SVG_NS, 'tspan');
		span.setAttribute('x', String(x));
		if (i > 0) span.setAttribute('dy', String(Math.round(size * 1.3)));
		span.textContent = content;
		node.append(span);
	});
	return node;
}

const LEGEND_SIZE = 13;
const LEGEND_ROW = 20;

/**
 * The chart's legend (swatch and label, as the page shows it above the chart) laid out in rows
 * across the image: without it a line in a comparison could not be told from another.
 */
async function legendGroup(legend: Element, width: number, pad: number, fill: string) {
	const items = [...legend.querySelectorAll(':scope > li')].map((item) => ({
		swatch: item.querySelector('svg'),
		label: item.textContent!.trim()
	}));
	const measure = await measurer(LEGEND_SIZE, 400, items.map((i) => i.label).join(' '));
	const group = document.createElementNS(SVG_NS, 'g');
	let x = pad;
	let row = 0;
	for (const { swatch, label } of items) {
		const itemWidth = 28 + 6 + measure(label);
		if (x > pad && x + itemWidth > width - pad) {
			x = pad;
			row++;
		}
		const y = row * LEGEND_ROW;
		if (swatch) {
			const copy = swatch.cloneNode(true) as SVGSVGElement;
			copy.removeAttribute('aria-hidden');
			copy.setAttribute('x', String(x));
			copy.setAttribute('y', String(y + 3));
			group.append(copy);
		}
		group.append(text([label], x + 34, y + 14, LEGEND_SIZE, 400, fill));
		x += itemWidth + 16;
	}
	return { group, height: items.length ? (row + 1) * LEGEND_ROW : 0 };
}

/**
 * The chart as SVG text, framed with its title, legend and source line, its font embedded.
 * `legend` is the chart's list of swatches, where it has one.
 */
export async function chartSvg(
	svg: SVGSVGElement,
	{ title, footer }: ImageText,
	legend?: Element | null
): Promise<string> {
	const box = svg.viewBox.baseVal;
	const width = box?.width || svg.clientWidth;
	const height = box?.height || svg.clientHeight;
	const pad = 8;
	const titleSize = 18;
	const footerSize = 12;
	const ink = getComputedStyle(svg).color || '#0b0c0c';
	const titleLines = await wrap(title, titleSize, 700, width - 2 * pad);
	const footerLines = await wrap(footer, footerSize, 400, width - 2 * pad);
	const key = legend ? await legendGroup(legend, width, pad, ink) : null;
	const legendTop = 16 + Math.round(titleSize * 1.3) * titleLines.length;
	const top = legendTop + (key ? key.height + 4 : 0);
	const bottom = 12 + Math.round(footerSize * 1.3) * footerLines.length;

	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);

	const framed = document.createElementNS(SVG_NS, 'svg');
	framed.setAttribute('xmlns', SVG_NS);
	framed.setAttribute('width', String(width));
	framed.setAttribute('height', String(height + top + bottom));
	framed.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
	const style = document.createElementNS(SVG_NS, 'style');
	style.textContent = await fontFaces();
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', backgroundOf(svg));
	framed.append(style, background, text(titleLines, pad, 8 + titleSize, titleSize, 700, ink));
	if (key) {
		key.group.setAttribute('transform', `translate(0 ${legendTop})`);
		framed.append(key.group);
	}
	copy.setAttribute('x', '0');
	copy.setAttribute('y', String(top));
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	copy.removeAttribute('style');
	framed.append(copy, text(footerLines, pad, top + height + 4 + footerSize, footerSize, 400, ink));
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(framed);
}

/**
 * The same picture as a PNG at twice the size, for slides. The SVG carries its font as a data
 * URI, which Chromium loads before the image's decode() resolves, so the first drawing is
 * already in the embedded font (the browser test checks the pixels).
 */
export async function chartPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth * scale;
		canvas.height = image.naturalHeight * scale;
		const context = canvas.getContext('2d')!;
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function download(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
