// The `pacta timeline` chart: States parties and signatories over time, as a standalone SVG.
#pragma once

#include "html.hpp"

#include <pacta/pacta.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace pacta_cli {

/// A number of the chart's geometry, to one decimal.
inline html num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return std::string(buf);
}

/// A day the chart's counts change, and the counts from that day.
struct timeline_point {
  pacta::date_t d;
  std::size_t parties, signatories;
};

/// The days, up to `until`, on which a State signed, consented or ceased to be a party (a
/// denunciation taking effect), each with the number of States that had consented (the
/// depositary's "Parties") and that had signed by then.
inline std::vector<timeline_point> timeline_points(const pacta::treaty_record& rec, pacta::date_t until) {
  using pacta::date_t;
  std::set<date_t> changes;
  for (const auto& s : rec.states()) {
    if (s.signature) changes.insert(*s.signature);
    if (s.ceased) changes.insert(*s.ceased);
    for (const auto& c : s.consents) {
      changes.insert(c.deposit);
      if (const auto* d = c.standing_denunciation()) changes.insert(d->effective.date);
    }
  }
  std::vector<timeline_point> pts;
  for (date_t d : changes) {
    if (d > until) continue;
    pts.push_back({d, rec.consented_on(d), pacta::signatories_on(rec, d)});
  }
  return pts;
}

/// The chart's page and plot area, and its scales: x from 1 January of the first year with a
/// change to 1 January after `until`, y from 0 to a round number above the largest count.
/// `text` cut into lines of at most `width` characters (UTF-8 code points) at spaces, at most
/// `max_lines` of them, the last ending in "…" when text remains; never inside a character.
inline std::vector<std::string> wrap_words(const std::string& text, std::size_t width, std::size_t max_lines) {
  auto length = [](const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
  };
  std::vector<std::string> lines{""};
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    start = end + 1;
    std::string& line = lines.back();
    if (line.empty() || length(line) + 1 + length(word) <= width) {
      line += (line.empty() ? "" : " ") + word;
      continue;
    }
    if (lines.size() == max_lines) {
      line += " …";
      return lines;
    }
    lines.push_back(word);
  }
  return lines;
}

struct timeline_frame {
  static constexpr double W = 960, H = 540, left = 70, right = 30, top = 70, bottom = 70;
  static constexpr double pw = W - left - right, ph = H - top - bottom;
  int first_year = 0, last_year = 0;
  std::size_t y_step = 5, y_max = 5;
  date::sys_days day0, day1;

  timeline_frame(const std::vector<timeline_point>& pts, pacta::date_t until) {
    first_year = pts.empty() ? static_cast<int>(until.year()) : static_cast<int>(pts.front().d.year());
    last_year = static_cast<int>(until.year()) + 1;
    std::size_t max_count = 0;
    for (const auto& p : pts) max_count = std::max({max_count, p.parties, p.signatories});
    y_step = max_count > 100 ? 20 : max_count > 40 ? 10 : 5;
    y_max = std::max<std::size_t>(y_step, (max_count + y_step - 1) / y_step * y_step);
    day0 = date::sys_days{date::year{first_year} / 1 / 1};
    day1 = date::sys_days{date::year{last_year} / 1 / 1};
  }
  double x_of(pacta::date_t d) const {
    const double span = static_cast<double>((day1 - day0).count());
    return left + pw * static_cast<double>((date::sys_days{d} - day0).count()) / span;
  }
  double y_of(std::size_t v) const { return top + ph - ph * static_cast<double>(v) / static_cast<double>(y_max); }
};

/// The SVG element, its title, background and the two heading lines.
inline void svg_heading(html& o, const pacta::treaty_record& rec, const timeline_frame& f, pacta::date_t until) {
  const auto& r = rec.rules();
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"540\" viewBox=\"0 0 960 540\" "
       "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n";
  o += "<title>" + html(r.short_title) + ": States parties and signatories, " + std::to_string(f.first_year) + " to " +
       pacta::to_iso(until) + "</title>\n";
  o += "<rect width=\"960\" height=\"540\" fill=\"#ffffff\"/>\n";
  o += "<text x=\"" + num(f.left) + "\" y=\"32\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">" +
       html(r.short_title) + ": States parties and signatories</text>\n";
  o +=
      "<text x=\"" + num(f.left) + "\" y=\"54\" font-size=\"13\" fill=\"#555\">Registry as of " +
      pacta::to_iso(rec.source().as_of) +
      ". Parties: States that deposited an instrument or notified a succession, less denunciations in effect.</text>\n";
}

/// The grid, the y axis with its labels, and the x axis: a tick every year, a label every year or
/// every second or fifth year.
inline void svg_axes(html& o, const timeline_frame& f) {
  const double left = f.left, top = f.top, pw = f.pw, ph = f.ph;
  for (std::size_t v = 0; v <= f.y_max; v += f.y_step) {
    o += "<line x1=\"" + num(left) + "\" y1=\"" + num(f.y_of(v)) + "\" x2=\"" + num(left + pw) + "\" y2=\"" +
         num(f.y_of(v)) + "\" stroke=\"#e3e3e3\"/>\n";
    o += "<text x=\"" + num(left - 8) + "\" y=\"" + num(f.y_of(v) + 4) +
         "\" font-size=\"12\" text-anchor=\"end\" fill=\"#444\">" + std::to_string(v) + "</text>\n";
  }
  o += "<text transform=\"translate(18 " + num(top + ph / 2) +
       ") rotate(-90)\" font-size=\"13\" text-anchor=\"middle\" fill=\"#444\">number of States</text>\n";
  const int years = f.last_year - f.first_year;
  const int label_every = years > 30 ? 5 : years > 14 ? 2 : 1;
  for (int y = f.first_year; y <= f.last_year; ++y) {
    const double x = f.x_of(date::year{y} / 1 / 1);
    o += "<line x1=\"" + num(x) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(x) + "\" y2=\"" + num(top + ph + 5) +
         "\" stroke=\"#444\"/>\n";
    if ((y - f.first_year) % label_every == 0)
      o += "<text x=\"" + num(x) + "\" y=\"" + num(top + ph + 20) +
           "\" font-size=\"12\" text-anchor=\"middle\" fill=\"#444\">" + std::to_string(y) + "</text>\n";
  }
  o += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(left + pw) + "\" y2=\"" +
       num(top + ph) + "\" stroke=\"#444\"/>\n";
  o += "<line x1=\"" + num(left) + "\" y1=\"" + num(top) + "\" x2=\"" + num(left) + "\" y2=\"" + num(top + ph) +
       "\" stroke=\"#444\"/>\n";
}

/// The general entry into force, a dashed line, when it is on the chart.
inline void svg_entry_into_force(html& o, const pacta::treaty_record& rec, const timeline_frame& f,
                                 pacta::date_t until) {
  const auto& g = rec.entry_into_force();
  if (!g || g->date > until) return;
  const double x = f.x_of(g->date);
  o += "<line x1=\"" + num(x) + "\" y1=\"" + num(f.top) + "\" x2=\"" + num(x) + "\" y2=\"" + num(f.top + f.ph) +
       "\" stroke=\"#b22222\" stroke-dasharray=\"5 4\"/>\n";
  o += "<text x=\"" + num(x + 6) + "\" y=\"" + num(f.top + 16) + "\" font-size=\"12\" fill=\"#b22222\">in force " +
       pacta::to_prose(g->date) + " (art. " + html(rec.rules().general_article) + ")</text>\n";
}

/// One step line (the parties, or the signatories) and its legend, with the count on `until`.
inline void svg_series(html& o, const timeline_frame& f, const std::vector<timeline_point>& pts, pacta::date_t until,
                       bool parties, const char* colour, const char* label, double legend_y) {
  html d;
  std::size_t prev = 0;
  d += html("M") + num(f.x_of(pts.empty() ? until : pts.front().d)) + " " + num(f.y_of(0));
  for (const auto& p : pts) {
    const std::size_t v = parties ? p.parties : p.signatories;
    d += " H" + num(f.x_of(p.d)) + " V" + num(f.y_of(v));
    prev = v;
  }
  d += " H" + num(f.x_of(until));
  o += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + std::string(colour) + "\" stroke-width=\"2.2\"/>\n";
  const double lx = f.left + f.pw - 300;
  o += "<line x1=\"" + num(lx) + "\" y1=\"" + num(legend_y) + "\" x2=\"" + num(lx + 30) + "\" y2=\"" + num(legend_y) +
       "\" stroke=\"" + std::string(colour) + "\" stroke-width=\"3\"/>\n";
  o += "<text x=\"" + num(lx + 38) + "\" y=\"" + num(legend_y + 4) + "\" font-size=\"13\" fill=\"#222\">" +
       std::string(label) + ": " + std::to_string(prev) + " on " + pacta::to_iso(until) + "</text>\n";
}

/// The chart from the treaty's first action to `until`: a step line of the States that had
/// consented (the depositary's "Parties") and one of the States that had signed, with the general
/// entry into force marked.
inline html timeline_svg(const pacta::treaty_record& rec, pacta::date_t until) {
  const auto pts = timeline_points(rec, until);
  const timeline_frame f(pts, until);
  html o;
  svg_heading(o, rec, f, until);
  svg_axes(o, f);
  svg_entry_into_force(o, rec, f, until);
  svg_series(o, f, pts, until, true, "#1f5fa8", "States parties", f.top + f.ph - 62);
  svg_series(o, f, pts, until, false, "#e08a00", "Signatories", f.top + f.ph - 40);
  std::string former;  // rule F1: shown apart, never in the counts
  for (const auto& s : rec.states())
    if (s.kind == pacta::participant_kind::former_state) former += (former.empty() ? "" : ", ") + s.state;
  const std::string note = former.empty()
                               ? std::string()
                               : " Former States, counted only before they ceased to exist (rule F1): " + former + ".";
  // The source line, wrapped at words to the chart's width (at most three lines, the last ending
  // "…" when cut), so that no label runs off the chart.
  const auto lines = wrap_words("Source: " + rec.source().source + (note.empty() ? "" : "." + note), 140, 3);
  o += "<text x=\"" + num(f.left) + "\" y=\"" + num(f.H - 16 - 12 * static_cast<double>(lines.size() - 1)) +
       "\" font-size=\"10\" fill=\"#595959\">";
  for (std::size_t i = 0; i < lines.size(); ++i)
    o += "<tspan x=\"" + num(f.left) + "\"" + (i ? html(" dy=\"12\"") : html()) + ">" + html(lines[i]) + "</tspan>";
  o += "</text>\n</svg>\n";
  return o;
}

}  // namespace pacta_cli
