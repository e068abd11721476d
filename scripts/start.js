// npm start: the built app, on PORT (default 3000). Form posts are checked against ORIGIN;
// without one, adapter-node would take the request as https and refuse a plain-http sign-in,
// so the local address is the default.
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import('../build/index.js');
