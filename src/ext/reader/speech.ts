/**
 * 朗读: reads the article aloud with the browser's speech synthesis, one utterance per block
 * (title, paragraphs, subheadings, quotes), highlighting the block being read and scrolling it
 * into view. Only a Chinese voice the system has on board is used (`localService`): a network
 * voice would send the article to a speech service, and the extension makes no network calls.
 * The synthesis is injected, so tests (and browsers without voices) drive a fake one.
 */

/** The parts of SpeechSynthesisVoice used here. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

/** The parts of window.speechSynthesis used here. */
export interface SynthLike {
  getVoices(): VoiceLike[];
  speak(u: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  addEventListener?(type: 'voiceschanged', cb: () => void): void;
  removeEventListener?(type: 'voiceschanged', cb: () => void): void;
}

export interface SpeechDeps {
  synth: SynthLike;
  makeUtterance: (text: string) => UtteranceLike;
  /** How long to wait for the voice list (browsers fill it asynchronously). */
  voiceWaitMs?: number;
}

/** The speech deps of a window, or null when the browser has no speech synthesis. */
export function browserSpeech(win: (Window & typeof globalThis) | null): SpeechDeps | null {
  const synth = win?.speechSynthesis as unknown as SynthLike | undefined;
  const Ctor = win?.SpeechSynthesisUtterance as unknown as (new (t: string) => UtteranceLike) | undefined;
  if (!synth || typeof synth.speak !== 'function' || !Ctor) return null;
  return { synth, makeUtterance: (t) => new Ctor(t) };
}


/** The best on-board Chinese voice: Mainland Mandarin first, then any Chinese; null when none. */
export function pickChineseVoice(voices: readonly VoiceLike[]): VoiceLike | null {
  const local = voices.filter((v) => v.localService !== false && /^(zh|cmn)\b/i.test(v.lang.replace('_', '-')));
  const rank = (v: VoiceLike) => (/^(zh|cmn)-(CN|Hans)/i.test(v.lang.replace('_', '-')) ? 0 : /^(zh|cmn)$/i.test(v.lang) ? 1 : 2);
  return [...local].sort((a, b) => rank(a) - rank(b) || Number(!!b.default) - Number(!!a.default))[0] ?? null;
}

export type SpeechState = 'idle' | 'playing' | 'paused';

export interface ReadAloudItem {
  el: Element;
  text: string;
}

export interface ReadAloudEvents {
  onState(state: SpeechState): void;
  /** The block being read (null when reading stops). */
  onItem(item: ReadAloudItem | null): void;
  /** No on-board Chinese voice: nothing is read. */
  onNoVoice(): void;
}

export interface ReadAloud {
  readonly state: SpeechState;
  /** Play from the start, or resume when paused. */
  play(): Promise<void>;
  pause(): void;
  stop(): void;
  setRate(rate: number): void;
}

function waitForVoices(synth: SynthLike, ms: number): Promise<VoiceLike[]> {
  const now = synth.getVoices();
  if (now.length || !synth.addEventListener || ms <= 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, ms);
    synth.addEventListener!('voiceschanged', done);
  });
}

export function createReadAloud(deps: SpeechDeps, items: readonly ReadAloudItem[], events: ReadAloudEvents, rate = 1): ReadAloud {
  const { synth } = deps;
  let state: SpeechState = 'idle';
  let index = 0;
  let voice: VoiceLike | null = null;
  let current = rate;
  /** Bumped on every stop/restart so late callbacks of cancelled utterances are ignored. */
  let run = 0;

  const set = (s: SpeechState) => {
    state = s;
    events.onState(s);
  };
  const finish = () => {
    run++;
    index = 0;
    events.onItem(null);
    set('idle');
  };

  function speakFrom(i: number, token: number): void {
    if (token !== run) return;
    if (i >= items.length) return finish();
    index = i;
    const item = items[i]!;
    events.onItem(item);
    const u = deps.makeUtterance(item.text);
    u.lang = voice?.lang ?? 'zh-CN';
    u.voice = voice;
    u.rate = current;
    u.onend = () => speakFrom(i + 1, token);
    u.onerror = (ev) => {
      // A cancel (stop, or a rate change restarting the block) ends the utterance with an error.
      const error = (ev as { error?: string } | null)?.error;
      if (error === 'interrupted' || error === 'canceled') return;
      speakFrom(i + 1, token);
    };
    synth.speak(u);
  }

  return {
    get state() {
      return state;
    },
    async play() {
      if (state === 'paused') {
        synth.resume();
        set('playing');
        return;
      }
      if (state === 'playing') return;
      voice = pickChineseVoice(await waitForVoices(synth, deps.voiceWaitMs ?? 1500));
      if (!voice) {
        events.onNoVoice();
        return;
      }
      synth.cancel();
      const token = ++run;
      set('playing');
      speakFrom(0, token);
    },
    pause() {
      if (state !== 'playing') return;
      synth.pause();
      set('paused');
    },
    stop() {
      if (state === 'idle') return;
      run++;
      synth.cancel();
      finish();
    },
    setRate(r) {
      current = r;
      if (state !== 'playing') return;
      // The rate of a queued utterance cannot change: read the current block again at the new rate.
      const token = ++run;
      synth.cancel();
      speakFrom(index, token);
    },
  };
}
