import { describe, expect, it } from 'vitest';
import { lessonBySlug, resolveLesson, stopsOf } from '$lib/lessons';
import { Simulation } from '$lib/playback/simulation.svelte';
import { LessonPlayer } from './player.svelte';

/** The player of "add(5) delivered twice", at rest on its first stop, animated. */
function player(): LessonPlayer {
	const lesson = lessonBySlug('duplicates');
	if (!lesson) throw new Error('the lesson "duplicates" is gone');
	const resolved = resolveLesson(lesson);
	const p = new LessonPlayer(stopsOf(resolved), new Simulation(resolved.scenario));
	p.show(0, false);
	return p;
}

/** Frames of `ms` wall-clock milliseconds until the playback stops moving (at most `max`). */
function play(p: LessonPlayer, ms = 16, max = 10_000): number {
	let frames = 0;
	while (p.moving && frames < max) {
		p.advance(ms);
		frames++;
	}
	return frames;
}

describe('LessonPlayer', () => {
	it('given a step playing, when paused, then the cursor rests on a whole tick and frames do not move it', () => {
		const p = player();
		p.next();
		p.next(); // the ask: no playback between the say and it
		p.choose(1);
		expect(p.moving).toBe(true);
		p.advance(300);
		p.pause();
		const at = p.sim.time;
		expect(Number.isInteger(at)).toBe(true);
		expect(p.sim.playing).toBe(false);
		p.advance(1000);
		expect(p.sim.time).toBe(at);
		expect(p.revealed).toBe(false);
		p.resume();
		play(p);
		expect(p.revealed).toBe(true);
		expect(p.sim.tick).toBe(p.stop.ask!.revealTick);
	});

	it('given a held playback, when stepped, then it moves one whole tick at a time and arrives at its end', () => {
		const p = player();
		p.next();
		p.next();
		p.choose(1);
		p.pause();
		const start = p.sim.tick;
		const end = p.stop.ask!.revealTick;
		p.step();
		expect(p.sim.time).toBe(start + 1);
		expect(p.held).toBe(true);
		for (let i = start + 1; i < end; i++) p.step();
		expect(p.target).toBe(null);
		expect(p.sim.tick).toBe(end);
		expect(p.revealed).toBe(true);
	});

	it('given a stop at rest, when stepped, then the way to the next stop starts held, one tick in', () => {
		const p = player();
		const next = p.stops[1];
		expect(next.tick).toBeGreaterThan(next.fromTick + 1);
		p.step();
		expect(p.index).toBe(1);
		expect(p.held).toBe(true);
		expect(p.sim.time).toBe(next.fromTick + 1);
		p.toggle();
		expect(p.moving).toBe(true);
	});

	it('given the speed halved or doubled, then a playback takes twice or half the frames', () => {
		const frames = (speed: 0.5 | 1 | 2) => {
			const p = player();
			p.setSpeed(speed);
			p.next();
			return play(p);
		};
		const normal = frames(1);
		expect(frames(0.5)).toBeCloseTo(2 * normal, -1);
		expect(frames(2)).toBeCloseTo(normal / 2, -1);
	});

	it('given a speed change mid-step, then the rest of the playback goes at the new speed', () => {
		const p = player();
		p.next();
		p.advance(100);
		const before = p.sim.time;
		p.advance(100);
		const perFrame = p.sim.time - before;
		p.changeSpeed(-1);
		expect(p.speed).toBe(0.5);
		const mid = p.sim.time;
		p.advance(100);
		expect(p.sim.time - mid).toBeCloseTo(perFrame / 2, 6);
		p.changeSpeed(1);
		p.changeSpeed(1);
		p.changeSpeed(1);
		expect(p.speed).toBe(2);
	});

	it('given reduced motion, then Next lands at once, but Step still walks a tick at a time', () => {
		const p = player();
		p.animate = false;
		p.next();
		expect(p.target).toBe(null);
		expect(p.sim.tick).toBe(p.stop.tick);
		p.back();
		p.step();
		expect(p.held).toBe(true);
		expect(p.sim.time).toBe(p.stop.fromTick + 1);
		p.toggle(); // play on: no motion, so straight to the stop
		expect(p.target).toBe(null);
		expect(p.sim.tick).toBe(p.stop.tick);
	});

	it('given the last stop done, then Step and Play do nothing', () => {
		const p = player();
		p.show(p.stops.length - 1, false);
		expect(p.done).toBe(true);
		const at = p.sim.time;
		p.step();
		p.toggle();
		expect(p.sim.time).toBe(at);
		expect(p.target).toBe(null);
	});
});
