// A second, small script of the editor's page (editor.html): it opens the process's documents as soon as its own
// code has arrived, while the app's and the editor's code are still on their way, so on weak Wi-Fi the map has
// synced by the time the editor can show it instead of only then being asked for. The editor page takes the
// session over (sync/early-session.ts); signed out or an unknown process, nobody does and it is closed.
// It helps a first visit: once the service worker is installed it answers every navigation with index.html, and
// the code then comes from its cache, so this script does not run (see vite.config.ts).
import { matchRoute } from '../../shared/router.ts';
import { browserEnvironment, syncServerUrl } from '../../sync/browser-environment.ts';
import { offerEarlySession } from '../../sync/early-session.ts';
import { createProcessSession } from '../../sync/process-session.ts';

const route = matchRoute(window.location.href);
if (route.page === 'editor') {
  offerEarlySession(
    createProcessSession(route.processId, syncServerUrl(window.location), browserEnvironment()),
  );
}
