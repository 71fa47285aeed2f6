/** Strings of the table of the notes' points on the lessons index (data: lib/lessons/notesPoints). */
export const notes = {
	en: {
		'notes.title': 'The notes, point by point',
		'notes.intro':
			'EventScope was made from a page of notes on event sourcing and CQRS. Each of their points, and the lesson that lets you see it happen.',
		'notes.col.point': 'Point of the notes',
		'notes.col.lesson': 'Lesson',
		'notes.step': '(step {n})',
		'notes.partly': '(only in part)',
		'notes.link': 'Lesson: {title}'
	},
	ko: {
		'notes.title': '노트의 항목별 레슨',
		'notes.intro':
			'EventScope는 이벤트 소싱과 CQRS에 대한 노트 한 장에서 시작했습니다. 노트의 각 항목과, 그것이 일어나는 모습을 보여 주는 레슨입니다.',
		'notes.col.point': '노트의 항목',
		'notes.col.lesson': '레슨',
		'notes.step': '({n}단계)',
		'notes.partly': '(일부만)',
		'notes.link': '레슨: {title}'
	}
} as const;
