// Imported first by scripts/bench/main.ts: graphql-js reads NODE_ENV once, when it loads, and
// outside production it runs extra development-time checks on every value it resolves. The bench
// measures the API as deployed (NODE_ENV=production, see README), unless NODE_ENV is set
// otherwise. This is a write, not a read: loadConfig() reads the result like any other setting.
process.env.NODE_ENV ??= 'production';
