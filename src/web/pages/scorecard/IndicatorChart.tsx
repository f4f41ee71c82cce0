/**
 * ECharts on a div: created once, given each new option whole, resized with its box and
 * disposed on unmount. Only the pieces the indicator chart uses are registered, drawn as SVG, and
 * this file is loaded on demand, so ECharts stays out of the app's main bundle.
 */
import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { type ECharts, init, use as registerCharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { IndicatorChartOption } from './indicatorChart.js';

registerCharts([
  LineChart,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
  SVGRenderer,
]);

export interface IndicatorChartProps {
  option: IndicatorChartOption;
  /** What the chart shows, in words, for those who cannot see it. */
  label: string;
  /** A series turned on or off in the chart's own legend, by its name. */
  onLegendChange: (selected: Record<string, boolean>) => void;
}

export default function IndicatorChart({ option, label, onLegendChange }: IndicatorChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const listener = (event: unknown) => {
      const selected = (event as { selected?: Record<string, boolean> }).selected;
      if (selected) onLegendChange(selected);
    };
    instance.on('legendselectchanged', listener);
    return () => {
      instance.off('legendselectchanged', listener);
    };
  }, [onLegendChange]);

  return <div ref={box} className="indicator-chart" role="img" aria-label={label} />;
}
