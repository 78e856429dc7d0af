// vis-timeline's esnext build imports 'moment', which Vite resolves to the ESM copy
// (moment/dist/moment.js). 'moment/locale/de' is UMD and registers on the CJS copy,
// silently doing nothing; the ESM locale file registers on the right instance.
import moment from 'moment'
import 'moment/dist/locale/de'

export { moment }
