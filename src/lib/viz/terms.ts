/**
 * The picture's short labels and counts that carry an explanation (see
 * $lib/i18n/messages/picture): each names its message `picture.<term>` and its section on /model
 * (`#picture-<term>`), with a sample of the label as the picture writes it.
 */
export const pictureTerms = [
	{ term: 'events', sample: { key: 'sim.node.events', params: { n: 12 } } },
	{ term: 'head', sample: { key: 'sim.node.head', params: { p: 12 } } },
	{ term: 'streams', sample: { key: 'sim.node.streams', params: { n: 3 } } },
	{ term: 'snapshots', sample: { key: 'sim.node.snapshotCount', params: { n: 2 } } },
	{ term: 'version', sample: { text: 'counter-1 v3' } },
	{ term: 'retry', sample: { key: 'sim.node.retry', params: { n: 1 } } },
	{ term: 'checkpoint', sample: { key: 'sim.node.checkpoint', params: { p: 7 } } },
	{ term: 'toPublish', sample: { key: 'sim.node.toPublish', params: { n: 5 } } },
	{ term: 'backAt', sample: { key: 'sim.node.backAt', params: { t: 40 } } },
	{ term: 'dualWrite', sample: { key: 'sim.node.dualWrite', params: {} } },
	{ term: 'inFlight', sample: { key: 'sim.node.inFlight', params: { n: 4 } } },
	{ term: 'unacked', sample: { key: 'sim.node.unacked', params: { n: 4 } } },
	{ term: 'noAcks', sample: { key: 'sim.node.atMostOnce', params: {} } },
	{ term: 'perConsumer', sample: { text: '→naive 2' } },
	{ term: 'records', sample: { key: 'sim.node.logRecords', params: { n: 12 } } },
	{ term: 'partitions', sample: { key: 'sim.node.partitions', params: { p: 2 } } },
	{ term: 'lag', sample: { key: 'sim.node.lag', params: { id: 'naive', n: 3 } } },
	{ term: 'idempotency', sample: { key: 'sim.idem.dedupe-id', params: {} } },
	{ term: 'status', sample: { key: 'sim.status.crashed', params: {} } },
	{ term: 'acksOwed', sample: { key: 'sim.node.acksOwed', params: { n: 1 } } },
	{ term: 'owns', sample: { text: 'P0 P1' } },
	{ term: 'row', sample: { text: 'counter-1: 15' } },
	{ term: 'truth', sample: { key: 'sim.node.truth', params: { v: 15 } } },
	{ term: 'waiting', sample: { key: 'sim.node.waiting', params: { n: 1 } } }
] as const;

export type PictureTerm = (typeof pictureTerms)[number]['term'];

/** The id of a term's section on /model. */
export const termAnchor = (term: PictureTerm): string => `picture-${term}`;
