/**
 * The scenario validator's messages in the UI's language. The engine (and the CLI) speak
 * English; its messages follow a few templates ("must be an integer in 1..16", "unknown key …"),
 * and each rule below renders one template in Korean with the same numbers, names and values.
 * A message no rule knows is shown as it is: English, but still exact. A share link's details
 * (lib/share/codec.ts) are rendered here too.
 */
import type { Lang } from './locale.svelte';

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** The trailing "allowed: …" lists keep their values; only the words around them change. */
const allowedList = (text: string) =>
	text
		.replace(
			/^a consumer id \((.*)\), id#n for its n-th instance, or "relay"$/,
			(_, ids) => `컨슈머 ID(${ids}), n번째 인스턴스는 id#n, 또는 "relay"`
		)
		.replace(
			/^a consumer id \((.*)\), id#n for its n-th instance, "relay", or "relay:<domain>" for one store's relay$/,
			(_, ids) =>
				`컨슈머 ID(${ids}), n번째 인스턴스는 id#n, "relay", 또는 저장소 하나의 릴레이는 "relay:<domain>"`
		)
		.replace(/\(none defined\)/, '(정의된 것 없음)');

const korean: readonly Rule[] = [
	[/^is required: (.+)$/, (rest) => `필수 항목입니다. ${ko(rest)}`],
	[
		/^must be an integer in (-?\d+)\.\.(\d+) \(the scenario's ticks\)$/,
		(min, max) => `${min}..${max} 범위의 정수여야 합니다 (시나리오의 틱 수)`
	],
	[
		/^must be an integer in (-?\d+)\.\.(\d+)$/,
		(min, max) => `${min}..${max} 범위의 정수여야 합니다`
	],
	[/^must be a probability in \[0, 1\]$/, () => '[0, 1] 범위의 확률이어야 합니다'],
	[/^must be one of (.+)$/, (values) => `다음 중 하나여야 합니다: ${values}`],
	[
		/^must be a string of (\d+) to (\d+) characters$/,
		(min, max) => `${min}~${max}자의 문자열이어야 합니다`
	],
	[/^must be an object$/, () => '객체여야 합니다'],
	[/^must be an array$/, () => '배열이어야 합니다'],
	[/^must be true or false$/, () => 'true 또는 false여야 합니다'],
	[/^must have at most (\d+) entries$/, (max) => `항목은 최대 ${max}개입니다`],
	[
		/^unknown key "(.*)" \(did you mean "(.*)"\?\); allowed keys: (.*)$/,
		(key, near, keys) => `알 수 없는 키 "${key}" (혹시 "${near}"?). 허용되는 키: ${keys}`
	],
	[
		/^unknown key "(.*)"; allowed keys: (.*)$/,
		(key, keys) => `알 수 없는 키 "${key}". 허용되는 키: ${keys}`
	],
	[
		/^is (\d+), below the worst round trip \(2 × network\.delayMax \+ 1 = (\d+)\): the queue will send copies again to consumers that are healthy, only slow$/,
		(timeout, roundTrip) =>
			`${timeout}틱으로, 가장 긴 왕복 시간(2 × network.delayMax + 1 = ${roundTrip}틱)보다 짧습니다. 큐는 느리기만 할 뿐 멀쩡한 소비자에게도 사본을 다시 보냅니다`
	],
	[
		/^must be "(.+)" \(or "(.+)", read as before\)$/,
		(format, old) => `"${format}"이어야 합니다 ("${old}"도 예전 그대로 읽습니다)`
	],
	[
		/^must be 1 to (\d+) lowercase letters, digits or dashes, starting with a letter, and not "relay"$/,
		(max) => `소문자, 숫자, 대시로 된 1~${max}자로, 글자로 시작하고 "relay"는 쓸 수 없습니다`
	],
	[
		/^must be at most network\.delayMax \((\d+)\); got (\d+)$/,
		(max, got) => `network.delayMax(${max}) 이하여야 합니다. 지금 값: ${got}`
	],
	[
		/^"(.*)" is already used; ids must be unique$/,
		(id) => `이미 쓰인 ID입니다: "${id}". ID는 서로 달라야 합니다`
	],
	[
		/^"(.*)" names one domain's relay, which exists only with "domains"; use "relay"$/,
		(target) =>
			`"${target}"는 도메인 하나의 릴레이로, "domains"가 있을 때만 있습니다. "relay"를 쓰세요`
	],
	[
		/^"(.*)": the domain must be one of (.*)$/,
		(target, names) => `"${target}": 도메인은 다음 중 하나여야 합니다: ${names}`
	],
	[
		/^must be 0 under a queue with several "domains" \(catching up would need a checkpoint per store; use broker "log"\)$/,
		() =>
			'"domains"가 여럿이면 큐에서는 0이어야 합니다 (따라잡으려면 저장소마다 체크포인트가 필요합니다. broker "log"를 쓰세요)'
	],
	[
		/^"(.*)" is not a known target; allowed: (.*)$/,
		(target, allowed) => `알 수 없는 대상입니다: "${target}". 허용: ${allowedList(allowed)}`
	],
	[
		/^"(.*)" is not a consumer; allowed: (.*)$/,
		(id, allowed) => `컨슈머가 아닙니다: "${id}". 허용: ${allowedList(allowed)}`
	],
	[
		/^"(.*)" is not a (\w+) command; allowed: (.*)$/,
		(type, domain, allowed) => `${domain} 도메인의 커맨드가 아닙니다: "${type}". 허용: ${allowed}`
	],
	[/^is larger than (\d+) bytes \(the limit\)$/, (max) => `${max}바이트보다 큽니다 (한도)`],
	[
		/^is nested deeper than (\d+) levels \(the limit\)$/,
		(max) => `배열과 객체가 ${max}단계(한도)보다 깊게 중첩되어 있습니다`
	],
	[/^is not valid JSON: (.*)$/, (reason) => `올바른 JSON이 아닙니다: ${reason}`],
	[
		/^name more than (\d+) distinct streams \(the limit\)$/,
		(max) => `서로 다른 스트림이 ${max}개(한도)를 넘습니다`
	],
	[
		/^expand to (\d+) commands \(the sum of repeat\); the limit is (\d+)$/,
		(total, max) => `repeat를 모두 펼치면 커맨드 ${total}개로, 한도 ${max}개를 넘습니다`
	],
	// A lesson's messages (lib/lessons/authoring.ts and runner.ts), in the editor and the player.
	[
		/^must be \{ "en": text, "ko": text \} with one or both, each 1 to (\d+) characters$/,
		(max) => `{ "en": 글, "ko": 글 } 중 하나 또는 둘 다여야 하며, 각각 1~${max}자입니다`
	],
	[
		/^must be a string of 1 to (\d+) characters \(it has (\d+)\)$/,
		(max, has) => `1~${max}자의 문자열이어야 합니다 (지금 ${has}자)`
	],
	[
		/^must be (a step|a predicate): an object with one of the keys (.*)$/,
		(what, keys) =>
			`${what === 'a step' ? '단계' : '조건'}여야 합니다. 다음 키 중 하나를 가진 객체: ${keys}`
	],
	[
		/^must have only one of the keys (.*); it has (.*)$/,
		(keys, has) => `다음 키 중 하나만 가져야 합니다: ${keys}. 지금 가진 키: ${has}`
	],
	[
		/^unknown key "(.*)"; allowed: (.*)$/,
		(key, allowed) => `알 수 없는 키 "${key}". 허용되는 키: ${allowed}`
	],
	[
		/^nests not\/all\/any deeper than (\d+) levels$/,
		(max) => `not/all/any가 ${max}단계보다 깊게 중첩되어 있습니다`
	],
	[/^must be an array of 1 to (\d+) predicates$/, (max) => `조건 1~${max}개의 배열이어야 합니다`],
	[
		/^must be an array of 2 to 4 \{ "text", "correct" \}$/,
		() => '{ "text", "correct" } 2~4개의 배열이어야 합니다'
	],
	[/^must be \{ "text", "correct" \}$/, () => '{ "text", "correct" } 형태여야 합니다'],
	[/^must be true$/, () => 'true여야 합니다'],
	[/^must be a lesson: an object$/, () => '레슨이어야 합니다: 객체 하나'],
	[
		/^must be an integer in 1\.\.(\d+) in a lesson$/,
		(max) => `레슨에서는 1..${max} 범위의 정수여야 합니다`
	],
	[/^must be an array of 1 to (\d+) steps$/, (max) => `단계 1~${max}개의 배열이어야 합니다`],
	[
		/^has (\d+) inject steps; at most (\d+)$/,
		(n, max) => `inject 단계가 ${n}개입니다. 최대 ${max}개까지입니다`
	],
	[
		/^must have at least one say, ask or pause step \(a stop\)$/,
		() => '멈추는 단계(say, ask, pause)가 적어도 하나 있어야 합니다'
	],
	[/^"(.*)" is not a consumer of the scenario$/, (id) => `시나리오의 컨슈머가 아닙니다: "${id}"`],
	[
		/^waitFor (.*) never holds after tick (\d+)$/,
		(what, tick) => `${tick}틱 이후로 한 번도 성립하지 않습니다: waitFor ${what}`
	],
	[
		/^the reveal never happens after tick (\d+)$/,
		(tick) => `${tick}틱 이후로 정답 공개 조건이 한 번도 성립하지 않습니다`
	],
	[
		/^exactly one choice must be right at tick (\d+); right: \[(.*)\]$/,
		(tick, right) => `${tick}틱에 맞는 보기가 정확히 하나여야 합니다. 맞는 보기: [${right}]`
	],
	[
		/^the injection at tick (\d+) is past the run$/,
		(tick) => `${tick}틱의 주입이 실행이 끝난 뒤입니다`
	],
	[/^(\w+) must be an integer$/, (field) => `${field}: 정수여야 합니다`],
	[/^(\w+) must be at least (-?\d+)$/, (field, min) => `${field}: ${min} 이상이어야 합니다`],
	[/^(\w+) must be at most (-?\d+)$/, (field, max) => `${field}: ${max} 이하여야 합니다`],
	[/^(\w+) must be a string$/, (field) => `${field}: 문자열이어야 합니다`],
	[/^(\w+) must not be empty$/, (field) => `${field}: 비어 있으면 안 됩니다`],
	// A share link's details (lib/share/codec.ts), shown under the link error's own sentence.
	[/^the compressed data ends too early$/, () => '압축된 데이터가 중간에 끊겼습니다'],
	[/^the compressed data is damaged$/, () => '압축된 데이터가 손상되었습니다'],
	[/^the link does not hold valid JSON$/, () => '링크 안의 JSON이 올바르지 않습니다'],
	[/^the link does not hold an EventScope state$/, () => '링크 안에 EventScope 상태가 없습니다'],
	[/^this is not an EventScope link$/, () => 'EventScope 링크가 아닙니다'],
	[/^the link ends after its version marker$/, () => '링크가 버전 표시 바로 뒤에서 끝납니다'],
	[/^unknown link version (\d+)$/, (v) => `알 수 없는 링크 버전: ${v}`],
	[
		/^unexpected character at position (\d+)$/,
		(at) => `${at}번째 글자가 링크에 쓸 수 없는 글자입니다`
	],
	[
		/^the link has version (\d+); this EventScope reads version (\d+)$/,
		(v, reads) => `링크 버전: ${v}. 이 EventScope가 읽는 버전: ${reads}`
	],
	[
		/^the link refers to "(.*)", which this EventScope does not have$/,
		(ref) => `이 EventScope에 없는 시나리오를 가리킵니다: "${ref}"`
	],
	[
		/^"(.*)" has changed since the link was made, so it cannot be replayed exactly$/,
		(ref) => `링크를 만든 뒤 바뀌어서 똑같이 다시 실행할 수 없습니다: "${ref}"`
	],
	[/^the link expands to more than (\d+) bytes$/, (max) => `링크를 풀면 ${max}바이트를 넘습니다`],
	[
		/^the scenario is (\d+) bytes; a link holds at most (\d+)$/,
		(size, max) => `시나리오가 ${size}바이트입니다. 링크에는 최대 ${max}바이트까지 담깁니다`
	],
	[
		/^the link would be (\d+) characters; at most (\d+)$/,
		(size, max) => `링크가 ${size}자가 됩니다. 최대 ${max}자까지입니다`
	],
	[
		/^the link is (\d+) characters; at most (\d+) are read$/,
		(size, max) => `링크가 ${size}자입니다. 최대 ${max}자까지 읽습니다`
	],
	[
		/^(\d+) is after the run's last tick \((\d+)\)$/,
		(tick, last) => `${tick}틱은 실행의 마지막 틱(${last})보다 뒤입니다`
	],
	[
		/^asks for too much work: about ([\d,]+) units, the limit is ([\d,]+) \(ticks ([\d,]+), commands ([\d,]+), messages ([\d,]+), copies waiting ([\d,]+)\); make it smaller with: (.*)$/,
		(total, max, ticks, commands, messages, waiting, fields) =>
			`실행에 드는 일이 너무 많습니다: 약 ${total} 단위로, 한도 ${max}를 넘습니다 (틱 ${ticks}, 커맨드 ${commands}, 메시지 ${messages}, 대기 중인 사본 ${waiting}). 줄일 항목: ${fields.replace('(larger)', '(크게)')}`
	],
	[/^(\w+) must be an integer$/, (field) => `${field}은(는) 정수여야 합니다`],
	[/^(\w+) must be at least (-?\d+)$/, (field, min) => `${field}은(는) ${min} 이상이어야 합니다`],
	[/^(\w+) must be at most (-?\d+)$/, (field, max) => `${field}은(는) ${max} 이하여야 합니다`],
	[/^(\w+) must be a string$/, (field) => `${field}은(는) 문자열이어야 합니다`],
	[/^(\w+) must not be empty$/, (field) => `${field}은(는) 비어 있으면 안 됩니다`]
];

function ko(message: string): string {
	for (const [pattern, render] of korean) {
		const match = pattern.exec(message);
		if (match) return render(...match.slice(1));
	}
	return message;
}

/** A validator message in `lang`; English stays as the engine wrote it. */
export function localizeScenarioMessage(message: string, lang: Lang): string {
	return lang === 'ko' ? ko(message) : message;
}

/** Lines of `path: message` (formatScenarioErrors), each message in `lang`. */
export function localizeScenarioLines(text: string, lang: Lang): string {
	return text
		.split('\n')
		.map((line) => {
			const at = line.indexOf(': ');
			return at < 0
				? line
				: line.slice(0, at + 2) + localizeScenarioMessage(line.slice(at + 2), lang);
		})
		.join('\n');
}
