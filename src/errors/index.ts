// Every error a client can see, in one module: the codes and their HTTP statuses, and every
// message, built once so that the same refusal reads the same wherever it happens.
export * from './codes.ts';
export * from './arguments.ts';
export * from './service.ts';
export * from './http.ts';
export * from './curation.ts';
export * from './changeOperations.ts';
