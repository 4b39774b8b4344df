/** The alignment worker: the measure over the record, off the page's thread. */
import { expose } from 'comlink';
import { createAlignmentService } from './service';

expose(createAlignmentService());
