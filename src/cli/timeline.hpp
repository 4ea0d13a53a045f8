// The `pacta timeline` chart: States parties and signatories over time, as a standalone SVG.
#pragma once

#include <pacta/pacta.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace pacta_cli {

inline std::string svg_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

inline std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

/// The chart from the treaty's first action to `until`: a step line of the States that had
/// consented (the depositary's "Parties") and one of the States that had signed, with the general
/// entry into force marked.
inline std::string timeline_svg(const pacta::treaty_record& rec, pacta::date_t until) {
  using pacta::date_t;
  std::set<date_t> changes;
  for (const auto& s : rec.states()) {
    if (s.signature) changes.insert(*s.signature);
    for (const auto& c : s.consents) {
      changes.insert(c.deposit);
      if (const auto* d = c.standing_denunciation()) changes.insert(d->effective.date);
    }
  }
  std::vector<date_t> xs;
  for (date_t d : changes)
    if (d <= until) xs.push_back(d);
  const int first_year = xs.empty() ? static_cast<int>(until.year()) : static_cast<int>(xs.front().year());
  const int last_year = static_cast<int>(until.year()) + 1;
  struct point {
    date_t d;
    std::size_t parties, signatories;
  };
  std::vector<point> pts;
  std::size_t max_count = 0;
  for (date_t d : xs) {
    std::size_t sig = 0;
    for (const auto& s : rec.states())
      if (s.signature && *s.signature <= d) ++sig;
    pts.push_back({d, rec.consented_on(d), sig});
    max_count = std::max({max_count, pts.back().parties, sig});
  }
  const std::size_t y_step = max_count > 100 ? 20 : max_count > 40 ? 10 : 5;
  const std::size_t y_max = std::max<std::size_t>(y_step, (max_count + y_step - 1) / y_step * y_step);

  const double W = 960, H = 540, left = 70, right = 30, top = 70, bottom = 70;
  const double pw = W - left - right, ph = H - top - bottom;
  const auto day0 = date::sys_days{date::year{first_year} / 1 / 1};
  const auto day1 = date::sys_days{date::year{last_year} / 1 / 1};
  const double span = static_cast<double>((day1 - day0).count());
  auto X = [&](date_t d) { return left + pw * static_cast<double>((date::sys_days{d} - day0).count()) / span; };
  auto Y = [&](std::size_t v) { return top + ph - ph * static_cast<double>(v) / static_cast<double>(y_max); };

  const auto& r = rec.rules();
  std::string o;
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"540\" viewBox=\"0 0 960 540\" "
       "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n";
  o += "<title>" + svg_escape(r.short_title) + ": States parties and signatories, " + std::to_string(first_year) +
       " to " + pacta::to_iso(until) + "</title>\n";
  o += "<rect width=\"960\" height=\"540\" fill=\"#ffffff\"/>\n";
  o += "<text x=\"" + num(left) + "\" y=\"32\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">" +
       svg_escape(r.short_title) + ": States parties and signatories</text>\n";
  o += "<text x=\"" + num(left) + "\" y=\"54\" font-size=\"13\" fill=\"#555\">Registry as of " +
       pacta::to_iso(rec.source().as_of) +
       ". Parties: States that deposited an instrument or notified a succession, less denunciations in effect.</text>\n";
  // Grid and y axis.
  for (std::size_t v = 0; v <= y_max; v += y_step) {
    o += "<line x1=\"" + num(left) + "\" y1=\"" + num(Y(v)) + "\" x2=\"" + num(left + pw) + "\" y2=\"" + num(Y(v)) +
         "\" stroke=\"#e3e3e3\"/>\n";
    o += "<text x=\"" + num(left - 8) + "\" y=\"" + num(Y(v) + 4) + "\" font-size=\"12\" text-anchor=\"end\" fill=\"#444\">" +
         std::to_string(v) + "</text>\n";
  }
  o += "<text transform=\"translate(18 " + num(top + ph / 2) +
       ") rotate(-90)\" font-size=\"13\" text-anchor=\"middle\" fill=\"#444\">number of States</text>\n";
  // x axis: a tick every year, a label every year or every second or fifth year.
  const int years = last_year - first_year;
  const int label_every = years > 30 ? 5 : years > 14 ? 2 : 1;
  for (int y = first_year; y <= last_year; ++y) {
    const double x = X(date::year{y} / 1 / 1);
    o += "<line x1=\"" + num(x) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(x) + "\" y2=\"" + num(top + ph + 5) +
         "\" stroke=\"#444\"/>\n";
    if ((y - first_year) % label_every == 0)
      o += "<text x=\"" + num(x) + "\" y=\"" + num(top + ph + 20) + "\" font-size=\"12\" text-anchor=\"middle\" fill=\"#444\">" +
           std::to_string(y) + "</text>\n";
  }
  o += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(left + pw) + "\" y2=\"" + num(top + ph) +
       "\" stroke=\"#444\"/>\n";
  o += "<line x1=\"" + num(left) + "\" y1=\"" + num(top) + "\" x2=\"" + num(left) + "\" y2=\"" + num(top + ph) +
       "\" stroke=\"#444\"/>\n";
  // General entry into force.
  if (const auto& g = rec.entry_into_force(); g && g->date.date <= until) {
    const double x = X(g->date.date);
    o += "<line x1=\"" + num(x) + "\" y1=\"" + num(top) + "\" x2=\"" + num(x) + "\" y2=\"" + num(top + ph) +
         "\" stroke=\"#b22222\" stroke-dasharray=\"5 4\"/>\n";
    o += "<text x=\"" + num(x + 6) + "\" y=\"" + num(top + 16) + "\" font-size=\"12\" fill=\"#b22222\">in force " +
         pacta::to_prose(g->date.date) + " (art. " + svg_escape(r.general_article) + ")</text>\n";
  }
  // The two step lines.
  auto series = [&](bool parties, const char* colour, const char* label, double legend_y) {
    std::string d;
    std::size_t prev = 0;
    d += "M" + num(X(xs.empty() ? until : xs.front())) + " " + num(Y(0));
    for (const auto& p : pts) {
      const std::size_t v = parties ? p.parties : p.signatories;
      d += " H" + num(X(p.d)) + " V" + num(Y(v));
      prev = v;
    }
    d += " H" + num(X(until));
    o += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.2\"/>\n";
    const double lx = left + pw - 300;
    o += "<line x1=\"" + num(lx) + "\" y1=\"" + num(legend_y) + "\" x2=\"" + num(lx + 30) + "\" y2=\"" +
         num(legend_y) + "\" stroke=\"" + colour + "\" stroke-width=\"3\"/>\n";
    o += "<text x=\"" + num(lx + 38) + "\" y=\"" + num(legend_y + 4) + "\" font-size=\"13\" fill=\"#222\">" + label +
         ": " + std::to_string(prev) + " on " + pacta::to_iso(until) + "</text>\n";
  };
  series(true, "#1f5fa8", "States parties", top + ph - 62);
  series(false, "#e08a00", "Signatories", top + ph - 40);
  std::string source = rec.source().source;
  if (source.size() > 150) source = source.substr(0, 147) + "...";
  o += "<text x=\"" + num(left) + "\" y=\"" + num(H - 16) + "\" font-size=\"10\" fill=\"#777\">Source: " +
       svg_escape(source) + "</text>\n";
  o += "</svg>\n";
  return o;
}

}  // namespace pacta_cli
