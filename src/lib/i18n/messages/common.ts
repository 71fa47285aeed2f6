/** Strings shared by every page: site header, navigation, theme and language switches. */
export const common = {
	en: {
		'site.name': 'EventScope',
		'site.tagline': 'A visual, deterministic simulator of event sourcing and CQRS.',
		'nav.home': 'Home',
		'nav.sandbox': 'Sandbox',
		'nav.lessons': 'Lessons',
		'nav.labs': 'Labs',
		'nav.model': 'How it works',
		'language.label': 'Language',
		'theme.label': 'Theme',
		'theme.light': 'Light',
		'theme.dark': 'Dark'
	},
	ko: {
		'site.name': 'EventScope',
		'site.tagline': '이벤트 소싱과 CQRS를 눈으로 보는 결정적 시뮬레이터.',
		'nav.home': '홈',
		'nav.sandbox': '샌드박스',
		'nav.lessons': '레슨',
		'nav.labs': '실험실',
		'nav.model': '모델 설명',
		'language.label': '언어',
		'theme.label': '테마',
		'theme.light': '밝게',
		'theme.dark': '어둡게'
	}
} as const;
