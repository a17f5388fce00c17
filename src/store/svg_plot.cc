#include "store/svg_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dyad {
namespace {

constexpr double kWidth = 960, kHeight = 460;
constexpr double kLeft = 60, kRight = 60, kTop = 50, kBottom = 90;

struct Series {
  int quad;
  const char* color;
  const char* label;
};
// Bottom to top of each bar.
constexpr Series kSeries[] = {
    {1, "#74c476", "verbal cooperation"}, {2, "#238b45", "material cooperation"},
    {3, "#fd8d3c", "verbal conflict"},    {4, "#cb181d", "material conflict"},
    {0, "#bdbdbd", "other codes"},
};

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A round step giving about `ticks` intervals up to `max`.
double nice_step(double max, int ticks) {
  double raw = max / ticks;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * p) return std::max(1.0, m * p);
  return std::max(1.0, 10 * p);
}

}  // namespace

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string timeline_svg(const Timeline& timeline, std::string_view title) {
  const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
  const size_t n = timeline.rows.size();
  int64_t max_events = 1;
  for (const TimelineRow& r : timeline.rows) max_events = std::max(max_events, r.events);
  const double step = nice_step(static_cast<double>(max_events), 5);
  const double y_max = std::ceil(static_cast<double>(max_events) / step) * step;
  auto y_count = [&](double v) { return kTop + plot_h - v / y_max * plot_h; };
  auto y_goldstein = [&](double g) { return kTop + plot_h - (g + 10) / 20 * plot_h; };
  const double slot = n ? plot_w / static_cast<double>(n) : plot_w;
  const double bar = std::max(1.0, slot * 0.8);

  std::string s;
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(kWidth) + "\" height=\"" + num(kHeight) +
       "\" viewBox=\"0 0 " + num(kWidth) + " " + num(kHeight) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  s += "<text x=\"" + num(kWidth / 2) + "\" y=\"28\" text-anchor=\"middle\" font-size=\"16\">" + xml_escape(title) +
       "</text>\n";

  // Left axis: event counts, with grid lines.
  s += "<g class=\"count-axis\" stroke=\"#e0e0e0\">\n";
  for (double v = 0; v <= y_max + 1e-9; v += step) {
    double y = y_count(v);
    s += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + plot_w) + "\" y1=\"" + num(y) + "\" y2=\"" + num(y) +
         "\"/>\n";
    s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(y + 4) + "\" text-anchor=\"end\" stroke=\"none\" fill=\"#333\">" +
         std::to_string(static_cast<int64_t>(v)) + "</text>\n";
  }
  s += "</g>\n";
  s += "<text transform=\"translate(16," + num(kTop + plot_h / 2) +
       ") rotate(-90)\" text-anchor=\"middle\">events</text>\n";
  // Right axis: Goldstein -10..+10.
  s += "<g class=\"goldstein-axis\" fill=\"#1f4e99\">\n";
  for (int g = -10; g <= 10; g += 5)
    s += "<text x=\"" + num(kLeft + plot_w + 6) + "\" y=\"" + num(y_goldstein(g) + 4) + "\">" + std::to_string(g) +
         "</text>\n";
  s += "</g>\n";
  s += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + plot_w) + "\" y1=\"" + num(y_goldstein(0)) + "\" y2=\"" +
       num(y_goldstein(0)) + "\" stroke=\"#1f4e99\" stroke-dasharray=\"3,3\" stroke-width=\"0.7\"/>\n";
  s += "<text transform=\"translate(" + num(kWidth - 14) + "," + num(kTop + plot_h / 2) +
       ") rotate(90)\" text-anchor=\"middle\" fill=\"#1f4e99\">mean Goldstein</text>\n";

  // Bars, stacked by quad class.
  s += "<g class=\"bars\">\n";
  for (size_t i = 0; i < n; ++i) {
    const TimelineRow& r = timeline.rows[i];
    double x = kLeft + slot * static_cast<double>(i) + (slot - bar) / 2;
    double base = 0;
    for (const Series& series : kSeries) {
      int64_t count = r.quad[series.quad];
      if (!count) continue;
      double top = y_count(base + static_cast<double>(count));
      s += "<rect x=\"" + num(x) + "\" y=\"" + num(top) + "\" width=\"" + num(bar) + "\" height=\"" +
           num(y_count(base) - top) + "\" fill=\"" + series.color + "\"><title>" + xml_escape(r.period) + ": " +
           std::to_string(count) + " " + series.label + "</title></rect>\n";
      base += static_cast<double>(count);
    }
  }
  s += "</g>\n";

  // Mean Goldstein line through the periods that have a value.
  std::string points;
  std::string dots;
  for (size_t i = 0; i < n; ++i) {
    const TimelineRow& r = timeline.rows[i];
    if (!r.goldstein_count) continue;
    double x = kLeft + slot * (static_cast<double>(i) + 0.5);
    double y = y_goldstein(std::clamp(r.goldstein_mean(), -10.0, 10.0));
    if (!points.empty()) points += ' ';
    points += num(x);
    points += ',';
    points += num(y);
    dots += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"2.5\"><title>" + xml_escape(r.period) +
            ": mean Goldstein " + num(r.goldstein_mean()) + "</title></circle>\n";
  }
  s += "<g class=\"goldstein\" fill=\"#1f4e99\">\n";
  if (!points.empty())
    s += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#1f4e99\" stroke-width=\"1.5\"/>\n";
  s += dots + "</g>\n";

  // Period labels, at most about one per 60 pixels.
  s += "<g class=\"periods\" fill=\"#333\">\n";
  size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(60.0 / std::max(slot, 1e-9))));
  for (size_t i = 0; i < n; i += every) {
    double x = kLeft + slot * (static_cast<double>(i) + 0.5);
    s += "<text transform=\"translate(" + num(x) + "," + num(kTop + plot_h + 12) +
         ") rotate(40)\" text-anchor=\"start\">" + xml_escape(timeline.rows[i].period) + "</text>\n";
  }
  s += "</g>\n";
  s += "<rect x=\"" + num(kLeft) + "\" y=\"" + num(kTop) + "\" width=\"" + num(plot_w) + "\" height=\"" + num(plot_h) +
       "\" fill=\"none\" stroke=\"#999\"/>\n";

  // Legend along the bottom.
  s += "<g class=\"legend\">\n";
  double lx = kLeft;
  const double ly = kHeight - 16;
  for (const Series& series : kSeries) {
    s += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 9) + "\" width=\"10\" height=\"10\" fill=\"" + series.color +
         "\"/>\n";
    s += "<text x=\"" + num(lx + 14) + "\" y=\"" + num(ly) + "\">" + series.label + "</text>\n";
    lx += 140;
  }
  s += "<line x1=\"" + num(lx) + "\" x2=\"" + num(lx + 18) + "\" y1=\"" + num(ly - 4) + "\" y2=\"" + num(ly - 4) +
       "\" stroke=\"#1f4e99\" stroke-width=\"1.5\"/>\n";
  s += "<text x=\"" + num(lx + 22) + "\" y=\"" + num(ly) + "\">mean Goldstein</text>\n";
  s += "</g>\n</svg>\n";
  return s;
}

}  // namespace dyad
