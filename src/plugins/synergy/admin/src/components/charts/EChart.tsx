/**
 * A thin ECharts wrapper of our own: init on mount, setOption when the option changes, resize when
 * the container's size changes (ResizeObserver), dispose on unmount. Only the parts the plugin's
 * charts use are registered (bar, line, grid, tooltip, legend, mark line, canvas renderer), so the
 * bundle carries no more of ECharts than that; nothing is fetched (no maps, no remote fonts).
 *
 * A chart is an image to assistive technology (role="img" with the label given); the figures it
 * draws belong in a table next to it. `onCategoryClick` reports a click anywhere in a category's
 * band of the grid (not only on a drawn bar, so a zero is clickable too), by the category's index.
 */
import * as React from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for assistive technology (the figures themselves go in a table). */
  label: string;
  height?: number;
  /** Which axis carries the categories, for onCategoryClick. */
  categoryAxis?: 'x' | 'y';
  onCategoryClick?: (index: number) => void;
  testId?: string;
}

export const EChart = ({ option, label, height = 320, categoryAxis = 'x', onCategoryClick, testId }: EChartProps) => {
  const container = React.useRef<HTMLDivElement>(null);
  const chart = React.useRef<echarts.EChartsType | null>(null);
  // The latest handler, read at click time, so a new handler needs no re-binding.
  const onClick = React.useRef(onCategoryClick);
  onClick.current = onCategoryClick;
  const axis = React.useRef(categoryAxis);
  axis.current = categoryAxis;

  React.useEffect(() => {
    const dom = container.current;
    if (!dom) return undefined;
    const instance = echarts.init(dom, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.getZr().on('click', (event: { offsetX: number; offsetY: number }) => {
      const point = [event.offsetX, event.offsetY];
      if (!onClick.current || !instance.containPixel('grid', point)) return;
      const value = instance.convertFromPixel({ gridIndex: 0 }, point) as number[] | undefined;
      const index = Math.round(Number(value?.[axis.current === 'x' ? 0 : 1]));
      if (Number.isInteger(index) && index >= 0) onClick.current(index);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(dom);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  React.useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onCategoryClick ? 'pointer' : undefined }}
    />
  );
};
