/**
 * The results chart, drawn by Vega-Lite and rendered to SVG in Node (no canvas, no native code).
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface ChartInput {
  title: string;
  extractors: { label: string; f1Mean: number | null; f1Min: number | null; medianMs: number; p95Ms: number; cpuMedianMs?: number }[];
  scale: { run: string; pages: number; seconds: number; peakRssMB: number }[];
}

const FONT = 'Noto Sans CJK SC, Noto Sans, DejaVu Sans, sans-serif';

export function chartSpec(input: ChartInput): TopLevelSpec {
  const order = input.extractors.map((e) => e.label);
  const acc = input.extractors.flatMap((e) => [
    { extractor: e.label, stat: 'mean', f1: e.f1Mean ?? 0 },
    { extractor: e.label, stat: 'min', f1: e.f1Min ?? 0 },
  ]);
  const speed = input.extractors.flatMap((e) => [
    { extractor: e.label, stat: 'median', ms: Math.max(e.medianMs, 0.01) },
    { extractor: e.label, stat: 'p95', ms: Math.max(e.p95Ms, 0.01) },
    ...(e.cpuMedianMs === undefined ? [] : [{ extractor: e.label, stat: 'CPU median', ms: Math.max(e.cpuMedianMs, 0.01) }]),
  ]);
  const scale = input.scale;
  const y = { field: 'extractor', type: 'nominal', sort: order, title: null, axis: { labelLimit: 320 } } as const;
  const legend = { orient: 'bottom', direction: 'horizontal', labelLimit: 320 } as const;
  const runs = [...new Set(scale.map((s) => s.run))];
  const scaleLine = (field: string, title: string, axisTitle: string) => ({
    title,
    width: 300,
    height: 150,
    data: { values: scale },
    mark: { type: 'line', point: { size: 50 } },
    encoding: {
      x: { field: 'pages', type: 'quantitative', title: 'pages in the batch' },
      y: { field, type: 'quantitative', title: axisTitle, scale: { zero: true } },
      color: { field: 'run', type: 'nominal', sort: runs, title: null, legend, scale: { range: ['#3a8a4f', '#7b5aa6'] } },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, font: FONT, fontSize: 14, anchor: 'start' },
    config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 }, title: { fontSize: 12 } },
    vconcat: [
      {
        hconcat: [
          {
            title: 'Body bigram F1 vs goldens (higher is better)',
            width: 300,
            height: 190,
            data: { values: acc },
            encoding: {
              y,
              yOffset: { field: 'stat', sort: ['mean', 'min'] },
              x: { field: 'f1', type: 'quantitative', scale: { domain: [0, 1.12] }, axis: { values: [0, 0.2, 0.4, 0.6, 0.8, 1] }, title: 'F1' },
            },
            layer: [
              {
                mark: 'bar',
                encoding: {
                  color: { field: 'stat', type: 'nominal', sort: ['mean', 'min'], title: 'F1', legend, scale: { range: ['#2f6db5', '#9ec3ea'] } },
                },
              },
              {
                mark: { type: 'text', align: 'left', dx: 3, fontSize: 9 },
                encoding: { text: { field: 'f1', type: 'quantitative', format: '.3f' } },
              },
            ],
          },
          {
            title: 'ms per page, parse included (log scale, lower is better)',
            width: 300,
            height: 190,
            data: { values: speed },
            encoding: {
              y: { ...y, axis: null },
              yOffset: { field: 'stat', sort: ['median', 'p95', 'CPU median'] },
              x: { field: 'ms', type: 'quantitative', scale: { type: 'log' }, stack: null, title: 'ms' },
            },
            layer: [
              {
                mark: 'bar',
                encoding: {
                  color: { field: 'stat', type: 'nominal', sort: ['median', 'p95', 'CPU median'], title: 'time', legend, scale: { range: ['#c2571a', '#f0b48a', '#6b6b6b'] } },
                },
              },
              {
                mark: { type: 'text', align: 'left', dx: 3, fontSize: 9 },
                encoding: { text: { field: 'ms', type: 'quantitative', format: '.3~r' } },
              },
            ],
          },
        ],
        resolve: { scale: { color: 'independent' } },
      },
      {
        hconcat: [
          scaleLine('seconds', 'sina-clean batch (runBatch, worker threads): wall time', 'seconds'),
          scaleLine('peakRssMB', 'sina-clean batch: peak RSS', 'MB'),
        ],
        resolve: { scale: { color: 'shared' } },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}

export async function renderChartSvg(input: ChartInput): Promise<string> {
  const spec = compile(chartSpec(input)).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
