-- wrk script: each request searches the directory for one of a few hundred different queries (words of the
-- generated directory, alone or in pairs, some with a filter), so that the results cache cannot answer them all.
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
local paths = {}
math.randomseed(2023)
for i = 1, 400 do
  local q = words[math.random(#words)]
  if i % 2 == 0 then q = q .. "+" .. words[math.random(#words)] end
  paths[i] = "/directory?q=" .. q .. filters[math.random(#filters)]
end
local n = 0
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
