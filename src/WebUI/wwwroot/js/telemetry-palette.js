// One colour per thermocouple channel, keyed by the channel's wiring index, shared by the live chart
// (telemetry-chart.js) and the review chart (review-chart.js): a channel has the same colour live and in review.
// Readable on the dark theme (rgb(15, 23, 32)); neighbours differ in hue and lightness.

export const CHANNEL_COLOURS = [
  '#4fc3f7', '#ffb74d', '#fff176', '#ce93d8', '#80cbc4', '#f06292', '#aed581', '#ff8a65',
  '#90a4ae', '#e6ee9c', '#b39ddb', '#ffcc80', '#81d4fa', '#f48fb1', '#c5e1a5', '#bcaaa4',
];

export function channelColour(channelIndex) {
  const i = Number.isInteger(channelIndex) && channelIndex >= 0 ? channelIndex : 0;
  return CHANNEL_COLOURS[i % CHANNEL_COLOURS.length];
}

// Probe tips draw thicker than thermal sensors, in both charts.
export function channelWidth(isProbeTip) {
  return isProbeTip ? 2.5 : 1.5;
}
