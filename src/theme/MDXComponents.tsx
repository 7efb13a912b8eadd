import MDXComponents from '@theme-original/MDXComponents';
import ScrollableTable from '@site/src/components/ScrollableTable';

// Markdown tables get a keyboard-reachable scrolling box (see ScrollableTable).
export default {
  ...MDXComponents,
  table: ScrollableTable,
};
