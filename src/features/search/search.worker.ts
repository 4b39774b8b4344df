/** The search worker: the record's and the imports' indexes, built and queried off the page's thread. */
import { expose } from 'comlink';
import { createSearchService } from './service';

expose(createSearchService());
