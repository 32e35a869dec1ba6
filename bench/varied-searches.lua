-- wrk script: each request searches the directory for a query drawn at random among some 35,000 (words of the
-- generated directory, alone or in pairs, some with a filter), so that the results cache answers few of them.
local words = {
  "eleve", "jeunes", "habitat", "cooperative", "solidarite", "numerique", "atelier", "ressourcerie", "velo",
  "epicerie", "tarnos", "bayonne", "joliette", "montreal", "lanaudiere", "insertion", "reemploi", "culture",
  "agroecologie", "apiculture", "boulangerie", "ceramique", "compostage", "danse", "ecoconstruction", "fromagerie",
  "friperie", "herboristerie", "imprimerie", "jardinage", "lutherie", "maraichage", "menuiserie", "musique",
  "patrimoine", "photographie", "poterie", "reliure", "reparation", "robotique", "serigraphie", "theatre",
  "tissage", "vannerie", "viticulture", "acericulture", "cidrerie", "chanvre", "tannerie", "verrerie",
  "cooperation", "sobriete", "mixite", "inclusion", "entraide", "equite", "mediation", "mutualisation",
  "femmes", "aines", "familles", "artisans", "artistes", "benevoles", "habitants", "parents", "pecheurs",
}
local filters = { "", "", "", "&side=France", "&side=Quebec", "&kind=Cooperative", "&kind=Association" }
-- Each thread draws its own sequence (the same seed would have every thread ask the same searches, and all but one
-- of them would be answered by the results cache); `-- <seed>` after the URL gives another set of sequences.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  math.randomseed((tonumber(args[1]) or 2023) * 100 + id)
end
request = function()
  local q = words[math.random(#words)]
  if math.random(2) == 2 then q = q .. "+" .. words[math.random(#words)] end
  return wrk.format("GET", "/directory?q=" .. q .. filters[math.random(#filters)])
end
-- wrk's own report gives the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
