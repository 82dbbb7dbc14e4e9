import './ui/styles.css';

/**
 * The page paints what it has first (a page rendered ahead of time, or the loading line), then
 * the app's code loads: on a weak connection the words never wait for the script.
 */
requestAnimationFrame(() => setTimeout(() => void import('./main'), 0));
