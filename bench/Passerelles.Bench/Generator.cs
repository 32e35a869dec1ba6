using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Bench;

/// <summary>A synthetic network of French and Québec organisations and the bridges between them, written straight
/// into the database (one transaction of prepared inserts on SQLite, binary COPY on PostgreSQL).</summary>
internal sealed class Generator(int organisations, int bridges, int seed = 2023)
{
    private static readonly (string Region, string[] Localities)[] Quebec =
    [
        ("Lanaudière", ["L'Assomption", "Joliette", "Repentigny", "Terrebonne", "Saint-Donat"]),
        ("Montréal", ["Montréal", "Verdun", "Lachine", "Saint-Laurent"]),
        ("Capitale-Nationale", ["Québec", "Lévis", "Baie-Saint-Paul", "Portneuf"]),
        ("Laurentides", ["Saint-Jérôme", "Mont-Tremblant", "Sainte-Adèle"]),
        ("Montérégie", ["Longueuil", "Saint-Hyacinthe", "Granby", "Châteauguay"]),
        ("Estrie", ["Sherbrooke", "Magog", "Coaticook"]),
        ("Mauricie", ["Trois-Rivières", "Shawinigan", "La Tuque"]),
        ("Outaouais", ["Gatineau", "Maniwaki"]),
        ("Saguenay–Lac-Saint-Jean", ["Saguenay", "Alma", "Roberval"]),
        ("Bas-Saint-Laurent", ["Rimouski", "Rivière-du-Loup", "Matane"]),
        ("Gaspésie–Îles-de-la-Madeleine", ["Gaspé", "Carleton-sur-Mer", "Cap-aux-Meules"]),
        ("Abitibi-Témiscamingue", ["Rouyn-Noranda", "Val-d'Or", "Amos"]),
        ("Centre-du-Québec", ["Drummondville", "Victoriaville", "Bécancour"]),
        ("Chaudière-Appalaches", ["Thetford Mines", "Saint-Georges", "Montmagny"]),
    ];

    private static readonly (string Region, string[] Localities)[] France =
    [
        ("Nouvelle-Aquitaine", ["Tarnos", "Bayonne", "Pau", "Bordeaux", "La Rochelle", "Mont-de-Marsan", "Limoges", "Périgueux"]),
        ("Occitanie", ["Toulouse", "Montpellier", "Nîmes", "Perpignan", "Tarbes"]),
        ("Auvergne-Rhône-Alpes", ["Lyon", "Grenoble", "Clermont-Ferrand", "Saint-Étienne"]),
        ("Île-de-France", ["Paris", "Montreuil", "Saint-Denis", "Créteil"]),
        ("Bretagne", ["Rennes", "Brest", "Lorient", "Quimper"]),
        ("Pays de la Loire", ["Nantes", "Angers", "Le Mans", "Saint-Nazaire"]),
        ("Hauts-de-France", ["Lille", "Amiens", "Roubaix", "Arras"]),
        ("Grand Est", ["Strasbourg", "Metz", "Nancy", "Reims"]),
        ("Normandie", ["Caen", "Rouen", "Le Havre", "Évreux"]),
        ("Provence-Alpes-Côte d'Azur", ["Marseille", "Nice", "Avignon", "Gap"]),
    ];

    private static readonly string[] QuebecForms = ["OBNL", "Coopérative de solidarité", "Coopérative de travail", "Coopérative de producteurs", "Mutuelle", "Entreprise d'économie sociale"];
    private static readonly string[] FranceForms = ["Association loi 1901", "SCIC", "SCOP", "SAS agréée ESUS", "SARL agréée ESUS", "Fondation"];

    private static readonly string[] Heads =
    [
        "Coopérative de solidarité", "Association", "Collectif", "Atelier", "Maison", "Réseau", "Centre", "Fabrique",
        "Tiers-lieu", "Café", "Ressourcerie", "Épicerie solidaire", "Régie de quartier", "Incubateur", "Pôle", "Fédération",
    ];

    private static readonly string[] Subjects =
    [
        "des élèves", "de l'économie sociale", "Habitat Jeunes", "des savoirs partagés", "de l'écohabitation",
        "agroalimentaire", "numérique solidaire", "des femmes entrepreneures", "de la mobilité douce", "du réemploi",
        "culturel", "des aînés", "de l'insertion", "forestier", "maritime", "des métiers d'art", "énergie citoyenne",
        "de l'accueil", "de la petite enfance", "du vélo", "des jardins partagés", "d'innovation sociale",
    ];

    private static readonly string[] FreeTags =
    [
        "économie circulaire", "réemploi", "alimentation", "logement", "culture", "mobilité", "insertion", "agriculture",
        "tourisme solidaire", "santé", "éducation populaire", "énergie", "forêt", "pêche", "artisanat", "vélo", "aînés",
    ];

    // Descriptions are drawn from templates with a lexicon of a few hundred words, so that, as in a real directory,
    // most words are rare and a few are common: a search engine's cost depends on how many rows a word matches.
    private static readonly string[] Templates =
    [
        "Nous accompagnons les {0} dans leurs projets de {1} sur notre territoire.",
        "Un lieu où l'on se rencontre autour de {1}, de {2} et de {3}.",
        "Nos membres partagent des outils de {1} et des savoir-faire en {2}.",
        "Nous travaillons avec les {0} et les {4} du quartier.",
        "Le projet est né d'une démarche de **{1}** avec la municipalité.",
        "Des ateliers de {2} et de {3} ont lieu chaque semaine.",
        "Nous sommes membres d'un pôle territorial de coopération économique tourné vers {1}.",
        "Notre équipe soutient la {2} et favorise la {3} pour les {4}.",
        "Une {5} au service des {0}.",
        "Nous offrons de la formation en {2} et un service de {3}.",
    ];

    private static readonly string[] Publics =
    [
        "élèves", "jeunes", "aînés", "familles", "agriculteurs", "artisans", "artistes", "bénévoles", "habitants",
        "personnes réfugiées", "étudiantes", "travailleurs autonomes", "femmes entrepreneures", "parents", "commerçants",
        "pêcheurs", "forestiers", "nouveaux arrivants", "personnes en situation de handicap", "décrocheurs", "locataires",
        "producteurs maraîchers", "éleveurs", "apiculteurs", "musiciens", "comédiens", "couturières", "menuisiers",
    ];

    private static readonly string[] Domains =
    [
        "alimentation", "agroécologie", "apiculture", "architecture", "arts visuels", "autopartage", "biodiversité",
        "boulangerie", "brasserie", "céramique", "circuits courts", "compostage", "conserverie", "cinéma", "cuisine collective",
        "danse", "débardage", "design", "écoconstruction", "écotourisme", "édition", "électronique", "énergie solaire",
        "épicerie vrac", "ébénisterie", "filature", "fromagerie", "friperie", "géomatique", "glanage", "herboristerie",
        "horticulture", "hydroélectricité", "imprimerie", "jardinage", "journalisme", "lutherie", "maraîchage", "menuiserie",
        "meunerie", "microbrasserie", "mobilité douce", "musique", "navigation", "orfèvrerie", "ostréiculture", "patrimoine",
        "pêche artisanale", "photographie", "poterie", "radio communautaire", "recyclerie", "reliure", "réparation",
        "robotique", "sculpture", "sérigraphie", "soins à domicile", "surf", "théâtre", "tissage", "toiture végétale",
        "transformation du bois", "vannerie", "vélo-cargo", "viticulture", "logiciel libre", "laine", "acériculture",
        "cidrerie", "chanvre", "lin", "tannerie", "verrerie", "bijouterie", "cordonnerie", "papeterie", "broderie",
    ];

    private static readonly string[] Qualities =
    [
        "coopération", "gouvernance partagée", "transition écologique", "sobriété", "solidarité", "mixité", "inclusion",
        "autonomie", "entraide", "réciprocité", "équité", "participation citoyenne", "éducation populaire", "démocratie",
        "résilience", "hospitalité", "convivialité", "mutualisation", "réinsertion", "sensibilisation", "médiation",
    ];

    private static readonly string[] Structures =
    [
        "coopérative", "association", "entreprise d'insertion", "fondation", "mutuelle", "régie", "société coopérative",
        "fabrique", "ressourcerie", "plateforme", "guilde", "fiducie", "société de portage", "table de concertation",
    ];

    private readonly Random _random = new(seed);

    public sealed record OrganisationRow(
        Guid Id, string Name, string SearchName, OrganisationKind Kind, Side Side, string CountryCode, string Region,
        string Locality, string LegalForm, string Description, bool IsPublic, double Latitude, double Longitude, string[] Themes);

    public sealed record BridgeRow(Guid Id, Guid From, Guid To, string Kind, string Status, DateOnly Start);

    public List<OrganisationRow> Organisations()
    {
        var kinds = Enum.GetValues<OrganisationKind>();
        var rows = new List<OrganisationRow>(organisations);
        for (var i = 0; i < organisations; i++)
        {
            var side = _random.Next(2) == 0 ? Side.Quebec : Side.France;
            var (region, localities) = Pick(side == Side.Quebec ? Quebec : France);
            var locality = Pick(localities);
            var name = _random.Next(2) == 0
                ? $"{Pick(Heads)} {Pick(Subjects)} de {locality} n° {i + 1}"
                : $"{Pick(Heads)} {Pick(Domains)} {Pick(Qualities)} n° {i + 1}";
            var themes = new HashSet<string>();
            foreach (var priority in OrganisationTheme.Priorities) if (_random.Next(4) == 0) themes.Add(priority);
            for (var t = _random.Next(3); t > 0; t--) themes.Add(Pick(FreeTags));
            var description = string.Join(" ", Enumerable.Range(0, 2 + _random.Next(3)).Select(_ => string.Format(
                Pick(Templates), Pick(Publics), Pick(Domains), Pick(Domains), Pick(Qualities), Pick(Publics), Pick(Structures))));
            rows.Add(new OrganisationRow(
                Guid.NewGuid(), name, Organisation.SearchKey(name), Pick(kinds), side, side == Side.Quebec ? "CA" : "FR",
                region, locality, Pick(side == Side.Quebec ? QuebecForms : FranceForms), description,
                _random.Next(10) < 6,
                side == Side.Quebec ? 45 + _random.NextDouble() * 4 : 43 + _random.NextDouble() * 6,
                side == Side.Quebec ? -79 + _random.NextDouble() * 14 : -1.5 + _random.NextDouble() * 8,
                themes.ToArray()));
        }
        return rows;
    }

    public IEnumerable<BridgeRow> Bridges(IReadOnlyList<OrganisationRow> organisations)
    {
        var kinds = Enum.GetNames<Passerelles.Web.Features.Bridges.BridgeKind>();
        var statuses = Enum.GetNames<Passerelles.Web.Features.Bridges.BridgeStatus>();
        for (var i = 0; i < bridges; i++)
        {
            var fromIndex = _random.Next(organisations.Count);
            var toIndex = (fromIndex + 1 + _random.Next(organisations.Count - 1)) % organisations.Count;
            var (from, to) = (organisations[fromIndex], organisations[toIndex]);
            yield return new BridgeRow(Guid.NewGuid(), from.Id, to.Id, Pick(kinds), Pick(statuses),
                new DateOnly(2018, 1, 1).AddDays(_random.Next(3000)));
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public void WriteSqlite(string connectionString)
    {
        var organisationRows = Organisations();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; " +
            "PRAGMA cache_size = -2000000; PRAGMA temp_store = MEMORY;");
        using var transaction = connection.BeginTransaction();
        var now = DateTime.UtcNow;
        // Themes first, so that each organisation's insert trigger indexes its themes in one go.
        using (var theme = Prepare(connection, transaction, "INSERT INTO \"OrganisationThemes\" (\"OrganisationId\", \"Name\") VALUES ($1, $2)", 2))
        {
            foreach (var o in organisationRows)
            foreach (var name in o.Themes)
            {
                Run(theme, Text(o.Id), name);
            }
        }
        using (var insert = Prepare(connection, transaction, """
            INSERT INTO "Organisations" ("Id", "Name", "SearchName", "Kind", "Side", "CountryCode", "Region", "Locality", "LegalForm",
                "DefaultCulture", "TimeZoneId", "Description", "Website", "StreetAddress", "PostalCode", "Latitude", "Longitude",
                "IsPublic", "CreatedAt", "UpdatedAt", "Version")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '', '', '', $13, $14, $15, $16, $16, 0)
            """, 16))
        {
            foreach (var o in organisationRows)
            {
                Run(insert, Text(o.Id), o.Name, o.SearchName, o.Kind.ToString(), o.Side.ToString(), o.CountryCode, o.Region, o.Locality,
                    o.LegalForm, o.Side == Side.Quebec ? "fr-CA" : "fr-FR", o.Side == Side.Quebec ? "America/Toronto" : "Europe/Paris",
                    o.Description, o.Latitude, o.Longitude, o.IsPublic, now);
            }
        }
        using (var insert = Prepare(connection, transaction, """
            INSERT INTO "Bridges" ("Id", "FromOrganisationId", "ToOrganisationId", "Kind", "Status", "StartDate", "Description",
                "EvidenceUrl", "EvidenceFileName", "EvidenceStoredName", "CreatedAt", "UpdatedAt", "Version")
            VALUES ($1, $2, $3, $4, $5, $6, '', '', '', '', $7, $7, 0)
            """, 7))
        {
            foreach (var b in Bridges(organisationRows))
            {
                Run(insert, Text(b.Id), Text(b.From), Text(b.To), b.Kind, b.Status, b.Start.ToString("yyyy-MM-dd"), now);
            }
        }
        transaction.Commit();
        Execute(connection, "ANALYZE;");
    }

    public void WritePostgres(string connectionString)
    {
        var organisationRows = Organisations();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var now = DateTime.UtcNow;
        // Triggers and foreign keys off for the load; the search index is then built in one statement per organisation.
        Execute(connection, "SET session_replication_role = replica;");
        using (var copy = connection.BeginBinaryImport("""
            COPY "Organisations" ("Id", "Name", "SearchName", "Kind", "Side", "CountryCode", "Region", "Locality", "LegalForm",
                "DefaultCulture", "TimeZoneId", "Description", "Website", "StreetAddress", "PostalCode", "Latitude", "Longitude",
                "IsPublic", "CreatedAt", "UpdatedAt", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in organisationRows)
            {
                copy.StartRow();
                copy.Write(o.Id, NpgsqlDbType.Uuid);
                foreach (var text in new[] { o.Name, o.SearchName, o.Kind.ToString(), o.Side.ToString(), o.CountryCode, o.Region, o.Locality, o.LegalForm,
                             o.Side == Side.Quebec ? "fr-CA" : "fr-FR", o.Side == Side.Quebec ? "America/Toronto" : "Europe/Paris", o.Description, "", "", "" })
                {
                    copy.Write(text, NpgsqlDbType.Varchar);
                }
                copy.Write(o.Latitude, NpgsqlDbType.Double);
                copy.Write(o.Longitude, NpgsqlDbType.Double);
                copy.Write(o.IsPublic, NpgsqlDbType.Boolean);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(0, NpgsqlDbType.Integer);
            }
            copy.Complete();
        }
        using (var copy = connection.BeginBinaryImport("COPY \"OrganisationThemes\" (\"OrganisationId\", \"Name\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var o in organisationRows)
            foreach (var name in o.Themes)
            {
                copy.StartRow();
                copy.Write(o.Id, NpgsqlDbType.Uuid);
                copy.Write(name, NpgsqlDbType.Varchar);
            }
            copy.Complete();
        }
        using (var copy = connection.BeginBinaryImport("""
            COPY "Bridges" ("Id", "FromOrganisationId", "ToOrganisationId", "Kind", "Status", "StartDate", "Description",
                "EvidenceUrl", "EvidenceFileName", "EvidenceStoredName", "CreatedAt", "UpdatedAt", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var b in Bridges(organisationRows))
            {
                copy.StartRow();
                copy.Write(b.Id, NpgsqlDbType.Uuid);
                copy.Write(b.From, NpgsqlDbType.Uuid);
                copy.Write(b.To, NpgsqlDbType.Uuid);
                copy.Write(b.Kind, NpgsqlDbType.Varchar);
                copy.Write(b.Status, NpgsqlDbType.Varchar);
                copy.Write(b.Start, NpgsqlDbType.Date);
                foreach (var _ in Enumerable.Range(0, 4)) copy.Write("", NpgsqlDbType.Varchar);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(0, NpgsqlDbType.Integer);
            }
            copy.Complete();
        }
        Execute(connection, "SET session_replication_role = origin;");
        Execute(connection, "SELECT count(directory_search_refresh(\"Id\")) FROM \"Organisations\";", timeoutSeconds: 3600);
        Execute(connection, "VACUUM ANALYZE;", timeoutSeconds: 3600);
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static void Execute(DbConnection connection, string sql, int timeoutSeconds = 600)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++) command.Parameters.Add(new SqliteParameter("$" + i, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
