// The design's behaviour: GOV.UK Frontend's components (error summary focus, notification banners,
// radios that reveal, the skip link...) and the MOJ patterns (sortable tables, button menus).
import { initAll } from './govuk-frontend.min.js';

initAll();
if (window.MOJFrontend) {
    window.MOJFrontend.initAll();
}
