/**
 * A chart as a stand-alone image for slides and reports: the chart's SVG with its styles
 * written onto each element (page CSS does not travel with a file), a title above, and the
 * source line and model version below, so an exported image is never separated from where its
 * numbers came from. Browser only.
 */
const copiedStyles = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'font-size',
	'font-weight',
	'font-family',
	'opacity',
	'text-anchor'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

export interface ImageText {
	title: string;
	/** E.g. "Source: Rewire model 2026.1, Anyborough MBC (fictional), scenario vs baseline". */
	footer: string;
}

function inlineStyles(from: Element, to: Element) {
	const computed = getComputedStyle(from);
	const style = copiedStyles
		.map((name) => `${name}:${computed.getPropertyValue(name)}`)
		.filter((declaration) => !declaration.endsWith(':'))
		.join(';');
	to.setAttribute('style', style);
	for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i], to.children[i]);
}

function text(x: number, y: number, content: string, size: number, weight = 'normal') {
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute(
		'style',
		`font-family:${FONT};font-size:${size}px;font-weight:${weight};fill:#0b0c0c`
	);
	node.textContent = content;
	return node;
}

/** The chart as SVG text, framed with its title and source line. */
export function chartSvg(svg: SVGSVGElement, { title, footer }: ImageText): string {
	const box = svg.viewBox.baseVal;
	const width = box?.width || svg.clientWidth;
	const height = box?.height || svg.clientHeight;
	const top = 40;
	const bottom = 36;
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);

	const framed = document.createElementNS(SVG_NS, 'svg');
	framed.setAttribute('xmlns', SVG_NS);
	framed.setAttribute('width', String(width));
	framed.setAttribute('height', String(height + top + bottom));
	framed.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	framed.append(background, text(8, 26, title, 18, 'bold'));
	copy.setAttribute('x', '0');
	copy.setAttribute('y', String(top));
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	copy.removeAttribute('style');
	framed.append(copy, text(8, top + height + 24, footer, 12));
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(framed);
}

/** The same picture as a PNG at twice the size, for slides. */
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
