// babel-preset-expo compiles the app and the API contracts it shares with the web app and the CLI
// (../api/src, ../crds/src): one configuration for Metro and for Jest.
module.exports = (api) => {
  api.cache(true);
  return { presets: ['babel-preset-expo'] };
};
