// The lesson the editor opens with when no lesson link is given: short, valid, and showing the
// step kinds a teacher uses most (a caption, a wait for the run, an ask with its reveal).
export const starterLesson = {
	title: { en: 'My lesson', ko: '나의 레슨' },
	scenario: {
		format: 'eventscope/2',
		ticks: 40,
		domain: 'counter',
		network: { duplicate: 0.3, delayMin: 1, delayMax: 3 },
		consumers: [{ id: 'naive', readModel: 'counter-values' }],
		commands: [
			{ at: 2, every: 4, repeat: 5, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	},
	steps: [
		{ say: { en: 'A client adds 5, five times.', ko: '클라이언트가 5를 다섯 번 더합니다.' } },
		{ waitFor: { trace: 'EventApplied' } },
		{
			say: {
				en: 'The read model applied the first event.',
				ko: 'read 모델이 첫 이벤트를 반영했습니다.'
			}
		}
	]
};
