// Runs first in the body: tells the design's styles that its scripts will run (as GOV.UK Frontend asks).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
