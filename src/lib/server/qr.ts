import { encode } from 'uqr';

/** A QR code's dark modules as one SVG path (each a 1×1 square), with a quiet zone of 2. */
export function qrPath(text: string): { path: string; size: number } {
	const { data } = encode(text, { ecc: 'M', border: 2 });
	let path = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { path, size: data.length };
}
