// `npm start` runs this after `npm run build`: the logic is main/cli/start.ts, bundled with the rest.
await import('../../dist/main/start.mjs');
