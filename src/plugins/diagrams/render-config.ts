/**
 * How diagrams are drawn: the Mermaid version and configuration for the light
 * and dark copies, in the site's colours. The renderer (`npm run diagrammes`)
 * draws with these; the key of a stored drawing depends on them, so changing
 * anything here makes every stored drawing stale until the command is run again.
 */
import {createHash} from 'node:crypto';

/** Must equal the `mermaid` version in package.json (checked by the renderer and a test). */
export const MERMAID_VERSION = '11.17.2';

/** Bump when tools/diagrams changes what it writes into the SVG. */
export const FINISH_REVISION = 2;

export type Variant = 'light' | 'dark';
export const VARIANTS: readonly Variant[] = ['light', 'dark'];

/** The site's font stack: the reader's system font, as in src/css/custom.css. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const COLOURS: Record<Variant, Record<string, string>> = {
  light: {
    background: '#ffffff',
    primaryColor: '#e8f0fa',
    primaryBorderColor: '#1d4e89',
    primaryTextColor: '#14263d',
    secondaryColor: '#fdf1e9',
    tertiaryColor: '#f4f7fb',
    lineColor: '#1d4e89',
    textColor: '#14263d',
    edgeLabelBackground: '#ffffff',
    clusterBkg: '#f4f7fb',
    clusterBorder: '#7d98bd',
    titleColor: '#14263d',
    cScale0: '#1d4e89',
    cScaleLabel0: '#ffffff',
    cScale1: '#e8f0fa',
    cScaleLabel1: '#14263d',
  },
  dark: {
    darkMode: 'true',
    background: '#1b1b1d',
    primaryColor: '#1f3350',
    primaryBorderColor: '#8ab8f0',
    primaryTextColor: '#f2f5f9',
    secondaryColor: '#3a2a22',
    tertiaryColor: '#242526',
    lineColor: '#8ab8f0',
    textColor: '#f2f5f9',
    edgeLabelBackground: '#1b1b1d',
    clusterBkg: '#242526',
    clusterBorder: '#6c8fbf',
    titleColor: '#f2f5f9',
    cScale0: '#8ab8f0',
    cScaleLabel0: '#14263d',
    cScale1: '#1f3350',
    cScaleLabel1: '#f2f5f9',
  },
};

/** Mermaid's `initialize` configuration for one copy. */
export function mermaidConfig(variant: Variant): Record<string, unknown> {
  const colours = COLOURS[variant];
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    darkMode: variant === 'dark',
    fontFamily: FONT_FAMILY,
    themeVariables: {
      ...colours,
      darkMode: variant === 'dark',
      fontFamily: FONT_FAMILY,
      fontSize: '16px',
      xyChart: {
        backgroundColor: colours.background,
        plotColorPalette: colours.primaryBorderColor,
        titleColor: colours.textColor,
        xAxisLabelColor: colours.textColor,
        xAxisTitleColor: colours.textColor,
        xAxisTickColor: colours.textColor,
        xAxisLineColor: colours.textColor,
        yAxisLabelColor: colours.textColor,
        yAxisTitleColor: colours.textColor,
        yAxisTickColor: colours.textColor,
        yAxisLineColor: colours.textColor,
        // Values are written inside the bars: the bars' contrasting colour.
        dataLabelColor: colours.background,
      },
    },
    // Labels as SVG text, not HTML in <foreignObject>: valid HTML, printable, selectable.
    htmlLabels: false,
    flowchart: {htmlLabels: false, wrappingWidth: 180, padding: 12},
    timeline: {disableMulticolor: true},
    // Charts show their values, not only bar heights.
    // Narrow enough for a phone's column at three quarters of its size.
    // Axis text at Mermaid's 16 px, like the other diagrams (its default is 14 px).
    xyChart: {
      showDataLabel: true,
      width: 540,
      height: 400,
      titleFontSize: 20,
      xAxis: {labelFontSize: 16, titleFontSize: 16},
      yAxis: {labelFontSize: 16, titleFontSize: 16},
    },
  };
}

/** What a stored drawing depends on besides the diagram's own source. */
export const RENDER_REVISION = createHash('sha256')
  .update(JSON.stringify({MERMAID_VERSION, FINISH_REVISION, light: mermaidConfig('light'), dark: mermaidConfig('dark')}))
  .digest('hex')
  .slice(0, 8);
