// Code passed to worker.evaluate()/page.evaluate() runs inside the extension, where the
// `chrome` namespace exists; Node's type check only needs to know it is there.
declare const chrome: any;
