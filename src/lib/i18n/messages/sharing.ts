/** Strings of sharing a run: the Share button, a link that cannot be opened, a shared run on screen, and a scenario the engine failed on. */
export const sharing = {
	en: {
		'share.button': 'Share',
		'share.link': 'Share link',
		'share.copy': 'Copy',
		'share.copied': 'Link copied.',
		'share.copyFailed': 'Copying was blocked: select the link and copy it yourself.',
		'share.embed': 'Embed',
		'share.embedCode': 'Embed code',
		'share.embed.help': 'Paste into slides or a course page; ?embed=1 hides the site header.',
		'share.tooLarge': 'This scenario is too large for a link. Export it as JSON instead.',
		'share.hint': 'The link replays this run, with its settings and interventions, at tick {tick}.',
		'share.close': 'Close',
		'share.error.title': 'This link could not be opened',
		'share.error.truncated':
			'The link is cut off, perhaps by a chat app or e-mail. Copy the whole link and try again.',
		'share.error.corrupt': 'The link is damaged or is not an EventScope link.',
		'share.error.too-large': 'The link is larger than EventScope reads, so it was not opened.',
		'share.error.newer-version': 'The link was made by a newer or changed version of EventScope.',
		'share.error.invalid-scenario': 'The link holds a scenario that is not valid.',
		'share.error.detail': 'Details',
		'share.error.back': 'Open the default sandbox',
		'shared.title': 'You are viewing a shared run.',
		'shared.body': 'Your own sandbox is kept: nothing here is saved over it.',
		'shared.back': 'Back to my sandbox',
		'shared.keep': 'Keep this as my sandbox',
		'engine.failed.title': 'This scenario could not be run',
		'engine.failed.body':
			'The scenario is valid, but the simulator failed on it (a bug in EventScope). The run on screen is the one before it, and the failed scenario was not saved.',
		'engine.failed.saved':
			'Your saved sandbox is valid, but the simulator failed on it (a bug in EventScope), so the example was opened. The saved scenario was set aside, not deleted: download it to keep it.',
		'engine.failed.download': 'Download the scenario',
		'engine.failed.back': 'Back to the run on screen'
	},
	ko: {
		'share.button': '공유',
		'share.link': '공유 링크',
		'share.copy': '복사',
		'share.copied': '링크를 복사했습니다.',
		'share.copyFailed': '복사가 막혔습니다. 링크를 선택해 직접 복사하세요.',
		'share.embed': '임베드',
		'share.embedCode': '임베드 코드',
		'share.embed.help':
			'슬라이드나 강의 페이지에 붙여 넣으세요. ?embed=1은 사이트 헤더를 숨깁니다.',
		'share.tooLarge': '이 시나리오는 링크에 담기에 너무 큽니다. JSON으로 내보내세요.',
		'share.hint': '링크를 열면 이 실행이 설정과 개입까지 그대로 {tick}틱에서 열립니다.',
		'share.close': '닫기',
		'share.error.title': '이 링크를 열 수 없습니다',
		'share.error.truncated':
			'링크가 잘렸습니다. 메신저나 메일이 자른 것일 수 있습니다. 링크 전체를 복사해 다시 열어 보세요.',
		'share.error.corrupt': '링크가 손상되었거나 EventScope 링크가 아닙니다.',
		'share.error.too-large': '링크가 EventScope가 읽는 크기보다 커서 열지 않았습니다.',
		'share.error.newer-version': '더 새로운, 또는 바뀐 버전의 EventScope에서 만든 링크입니다.',
		'share.error.invalid-scenario': '링크에 담긴 시나리오가 올바르지 않습니다.',
		'share.error.detail': '자세히',
		'share.error.back': '기본 샌드박스 열기',
		'shared.title': '공유된 실행을 보고 있습니다.',
		'shared.body': '내 샌드박스는 그대로 두고, 여기서 바꾼 것은 저장하지 않습니다.',
		'shared.back': '내 샌드박스로 돌아가기',
		'shared.keep': '이것을 내 샌드박스로 저장',
		'engine.failed.title': '이 시나리오를 실행할 수 없습니다',
		'engine.failed.body':
			'시나리오는 올바르지만 시뮬레이터가 실행하다 실패했습니다(EventScope의 버그입니다). 화면의 실행은 그 전의 것이고, 실패한 시나리오는 저장하지 않았습니다.',
		'engine.failed.saved':
			'저장된 샌드박스는 올바르지만 시뮬레이터가 실행하다 실패해서(EventScope의 버그입니다) 예제를 대신 열었습니다. 저장된 시나리오는 지우지 않고 따로 보관했습니다. 내려받아 간직하세요.',
		'engine.failed.download': '시나리오 내려받기',
		'engine.failed.back': '화면의 실행으로 돌아가기'
	}
} as const;
