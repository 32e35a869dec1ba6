using Passerelles.Web.Features.Bridges;

namespace Passerelles.Tests.Bridges;

public sealed class GraphLayoutTests
{
    /// <summary>A network the size and shape of the demonstration's: two carriers at the centre of their ecosystems,
    /// long names, and a few pairs bridged only to each other.</summary>
    private static readonly (string From, string To)[] DemoSized =
    [
        ("CERESO", "PTCE Sud Aquitaine"), ("L'Espace412", "Le Tube à ESS'ai"), ("CERESO", "RQIS"), ("CERESO", "Synchronex"),
        ("Le Tube à ESS'ai", "CRESS Nouvelle-Aquitaine"), ("Habitat Jeunes Sud Aquitaine", "PTCE Sud Aquitaine"),
        ("Restaurant inter-entreprises du Seignanx", "PTCE Sud Aquitaine"), ("Mobilité solidaire Sud Landes", "PTCE Sud Aquitaine"),
        ("Région Nouvelle-Aquitaine", "Le Tube à ESS'ai"), ("Communauté de communes du Seignanx", "PTCE Sud Aquitaine"),
        ("Pôle d'économie sociale de Lanaudière", "L'Espace412"), ("Cégep régional de Lanaudière", "CERESO"),
        ("Ministère de l'Enseignement supérieur", "CERESO"), ("Fédération des cégeps", "CERESO"), ("LOJIQ", "CERESO"),
        ("CERESO", "SCIC Pau Pyrénées"), ("CERESO", "Cités Unies France"), ("PTCE Sud Aquitaine", "Ville de La Rochelle"),
        ("CERESO", "Le Tube à ESS'ai"), ("CERESO", "Habitat Jeunes Sud Aquitaine"), ("CERESO", "Association Habitat Jeunes Pau Pyrénées"),
        ("Cégep régional de Lanaudière", "Lycée Ambroise Croizat"), ("LOJIQ", "OFQJ"), ("RQIS", "Avise"),
        ("Chantier de l'économie sociale", "CRESS Nouvelle-Aquitaine"), ("Réseau d'investissement social du Québec", "France Active Nouvelle-Aquitaine"),
        ("Auberge du cœur Roland-Gauvreau", "Habitat Jeunes Sud Aquitaine"),
        ("Table de concertation des groupes de femmes de Lanaudière", "CIDFF des Landes"),
        ("Ministère des Relations internationales et de la Francophonie", "Ministère de l'Europe et des Affaires étrangères"),
    ];

    private static GraphLayout.Drawing Lay((string From, string To)[] bridges)
    {
        var names = bridges.SelectMany(b => new[] { b.From, b.To }).Distinct().ToList();
        var ids = names.ToDictionary(n => n, _ => Guid.NewGuid());
        return GraphLayout.Lay(names.Select(n => (ids[n], n)).ToList(), bridges.Select(b => (ids[b.From], ids[b.To])).ToList());
    }

    [Fact]
    public void No_two_names_or_dots_of_a_demo_sized_network_overlap()
    {
        var drawing = Lay(DemoSized);

        Assert.Equal(32, drawing.Nodes.Count);
        var boxes = drawing.Nodes.SelectMany(n => new[] { (n.Id, Box: n.Label), (n.Id, Box: n.Dot) }).ToList();
        var overlapping = (from a in boxes
                           from b in boxes
                           where a.Id != b.Id && a.Box.Overlaps(b.Box)
                           select (a, b)).ToList();
        Assert.Empty(overlapping);
    }

    [Fact]
    public void Every_name_is_drawn_whole_inside_the_drawing_and_wrapped_to_short_lines()
    {
        var drawing = Lay(DemoSized);

        Assert.All(drawing.Nodes, n =>
        {
            Assert.InRange(n.Label.X, 0, drawing.Width - n.Label.Width);
            Assert.InRange(n.Dot.Y, 0, drawing.Height - n.Dot.Height);
            Assert.InRange(n.Label.Bottom, 0, drawing.Height);
        });
        var longest = drawing.Nodes.Single(n => n.Lines[0].StartsWith("Ministère des", StringComparison.Ordinal));
        Assert.Equal("Ministère des Relations internationales et de la Francophonie", string.Join(' ', longest.Lines));
        Assert.All(longest.Lines, l => Assert.True(l.Length <= GraphLayout.LineLength));
    }

    [Fact]
    public void Bridged_organisations_are_drawn_nearer_each_other_than_unrelated_ones_on_average()
    {
        var drawing = Lay(DemoSized);
        var names = DemoSized.SelectMany(b => new[] { b.From, b.To }).Distinct().ToList();
        double Distance(GraphLayout.Placed a, GraphLayout.Placed b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
        var nodes = drawing.Nodes;
        var bridged = DemoSized.Select(b => Distance(nodes[names.IndexOf(b.From)], nodes[names.IndexOf(b.To)])).Average();
        var all = (from a in nodes from b in nodes where a.Id != b.Id select Distance(a, b)).Average();

        Assert.True(bridged < all, $"bridged {bridged:0} ≥ average {all:0}");
    }

    [Fact]
    public void The_same_network_is_always_drawn_the_same_way()
    {
        var first = Lay(DemoSized);
        var second = Lay(DemoSized);

        Assert.Equal(first.Height, second.Height);
        Assert.Equal(first.Nodes.Select(n => (n.X, n.Y)), second.Nodes.Select(n => (n.X, n.Y)));
    }
}
