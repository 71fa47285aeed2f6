/** Strings shared by every page: site header, navigation, theme and language switches. */
export const common = {
	en: {
		'site.name': 'EventScope',
		'site.tagline': 'A visual, deterministic simulator of event sourcing and CQRS.',
		'nav.home': 'Home',
		'skip.picture': 'Skip to the picture',
		'skip.content': 'Skip to the content',
		'nav.sandbox': 'Sandbox',
		'nav.lessons': 'Lessons',
		'nav.labs': 'Labs',
		'nav.model': 'How it works',
		'language.label': 'Language',
		'theme.label': 'Theme',
		'theme.light': 'Light',
		'theme.dark': 'Dark',
		'error.notFound': 'Page not found',
		'error.notFoundText':
			'Nothing lives at {path}. The address may be mistyped, or the page may have moved.',
		'error.other': 'Something went wrong',
		'error.otherText': 'The page could not be shown ({status}).',
		'error.home': 'Go to the home page',
		'error.lessons': 'See the lessons',
		'lazy.failed': 'This part of the page could not be loaded.',
		'lazy.retry': 'Try again',
		'persist.corrupt': 'Your saved sandbox could not be read, so the example was opened instead.',
		'persist.dismiss': 'Dismiss',
		'persist.notSaved':
			'Not saved: storage is full or blocked in this browser. Export or share what you want to keep.',
		'persist.otherTab':
			'Another tab changed the saved sandbox. This tab will not save over it until you choose.',
		'persist.otherTab.open': 'Open the other tab’s sandbox',
		'persist.otherTab.keep': 'Keep this one and save it',
		'header.nav': 'Site',
		'header.darkTheme': 'Dark theme'
	},
	ko: {
		'site.name': 'EventScope',
		'site.tagline': '이벤트 소싱과 CQRS를 눈으로 보는 결정적 시뮬레이터.',
		'nav.home': '홈',
		'skip.picture': '그림으로 건너뛰기',
		'skip.content': '본문으로 건너뛰기',
		'nav.sandbox': '샌드박스',
		'nav.lessons': '레슨',
		'nav.labs': '실험실',
		'nav.model': '동작 원리',
		'language.label': '언어',
		'theme.label': '테마',
		'theme.light': '밝게',
		'theme.dark': '어둡게',
		'error.notFound': '페이지를 찾을 수 없습니다',
		'error.notFoundText':
			'{path} 주소에는 페이지가 없습니다. 주소를 잘못 입력했거나 페이지가 옮겨졌을 수 있습니다.',
		'error.other': '문제가 생겼습니다',
		'error.otherText': '페이지를 보여 줄 수 없습니다 ({status}).',
		'error.home': '홈으로 가기',
		'error.lessons': '레슨 보기',
		'lazy.failed': '페이지의 이 부분을 불러오지 못했습니다.',
		'lazy.retry': '다시 시도',
		'persist.corrupt': '저장된 샌드박스를 읽을 수 없어 예제를 대신 열었습니다.',
		'persist.dismiss': '닫기',
		'persist.notSaved':
			'저장하지 못했습니다: 이 브라우저의 저장소가 가득 찼거나 막혀 있습니다. 남기고 싶은 것은 내보내거나 링크로 공유하세요.',
		'persist.otherTab':
			'다른 탭이 저장된 샌드박스를 바꿨습니다. 어느 쪽을 쓸지 고르기 전에는 이 탭이 그것을 덮어쓰지 않습니다.',
		'persist.otherTab.open': '다른 탭의 샌드박스 열기',
		'persist.otherTab.keep': '이 탭의 것을 유지하고 저장',
		'header.nav': '사이트',
		'header.darkTheme': '어두운 테마'
	}
} as const;
