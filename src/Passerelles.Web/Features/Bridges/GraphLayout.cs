namespace Passerelles.Web.Features.Bridges;

/// <summary>Where the network graph draws each organisation and its name, so that the page can draw it on the server
/// as SVG, readable without script. A force-directed layout first (bridged organisations pull together, all push one
/// another apart), then a pass that moves the names apart until no two overlap. Deterministic: the same network is
/// always drawn the same way.</summary>
public static class GraphLayout
{
    /// <summary>The drawing's width in its own units; the page scales it to its width.</summary>
    public const double Width = 1000;

    public const double NodeRadius = 9;
    public const double FontSize = 14;

    /// <summary>A generous average width of a character of the sans-serif font, so that the boxes hold the names.</summary>
    public const double CharacterWidth = FontSize * 0.62;

    public const double LineHeight = FontSize * 1.25;

    /// <summary>Names are wrapped at spaces to lines of about this many characters.</summary>
    public const int LineLength = 22;

    /// <summary>The space kept between two organisations' boxes, and around the drawing.</summary>
    public const double Gap = 8;

    private const double Padding = 20;
    private const int ForceIterations = 300;
    private const int SpreadIterations = 400;

    public sealed record Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;
        public double Bottom => Y + Height;

        public bool Overlaps(Box other, double gap = 0) =>
            X < other.Right + gap && other.X < Right + gap && Y < other.Bottom + gap && other.Y < Bottom + gap;
    }

    /// <summary>An organisation as drawn: its dot's centre and its name's lines, each in its box.</summary>
    public sealed record Placed(Guid Id, double X, double Y, IReadOnlyList<string> Lines, Box Dot, Box Label);

    public sealed record Drawing(double Width, double Height, IReadOnlyList<Placed> Nodes)
    {
        public Placed? Find(Guid id) => Nodes.FirstOrDefault(n => n.Id == id);
    }

    public static Drawing Lay(IReadOnlyList<(Guid Id, string Name)> nodes, IReadOnlyList<(Guid From, Guid To)> edges)
    {
        if (nodes.Count == 0) return new Drawing(Width, 0, []);
        var lines = nodes.Select(n => Wrap(n.Name)).ToList();
        var sizes = lines.Select(l => (Width: Math.Max(2 * NodeRadius, l.Max(s => s.Length) * CharacterWidth), Height: 2 * NodeRadius + 4 + l.Count * LineHeight)).ToList();
        var height = Math.Max(400, Math.Sqrt(sizes.Sum(s => (s.Width + 4 * Gap) * (s.Height + 4 * Gap)) * 2));
        var centres = Forces(nodes, edges, height);

        // Each organisation's box: its dot on top, its name centred below.
        var boxes = centres.Select((c, i) => Within(new Box(c.X - sizes[i].Width / 2, c.Y - NodeRadius, sizes[i].Width, sizes[i].Height))).ToArray();
        Spread(boxes);
        Settle(boxes);

        // Moved back inside the padding, the drawing as tall as what it holds.
        var top = boxes.Min(b => b.Y) - Padding;
        var placed = boxes.Select((b, i) =>
        {
            var box = b with { Y = b.Y - top };
            var x = box.X + box.Width / 2;
            var dot = new Box(x - NodeRadius, box.Y, 2 * NodeRadius, 2 * NodeRadius);
            var labelWidth = lines[i].Max(s => s.Length) * CharacterWidth;
            var label = new Box(x - labelWidth / 2, dot.Bottom + 4, labelWidth, lines[i].Count * LineHeight);
            return new Placed(nodes[i].Id, x, box.Y + NodeRadius, lines[i], dot, label);
        }).ToList();
        return new Drawing(Width, placed.Max(p => p.Label.Bottom) + Padding, placed);
    }

    /// <summary>A name cut at spaces into lines of about <see cref="LineLength"/> characters (a longer word stays whole).</summary>
    public static IReadOnlyList<string> Wrap(string name)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineLength)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return lines;
    }

    /// <summary>Fruchterman and Reingold's layout: every pair pushes apart, every bridge pulls its ends together, and
    /// the moves shrink as the layout cools. The organisations start evenly on a circle.</summary>
    private static (double X, double Y)[] Forces(IReadOnlyList<(Guid Id, string Name)> nodes, IReadOnlyList<(Guid From, Guid To)> edges, double height)
    {
        var count = nodes.Count;
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var links = edges.Where(e => index.ContainsKey(e.From) && index.ContainsKey(e.To) && e.From != e.To)
            .Select(e => (index[e.From], index[e.To])).ToList();
        var (cx, cy) = (Width / 2, height / 2);
        var positions = Enumerable.Range(0, count)
            .Select(i => (X: cx + Math.Cos(2 * Math.PI * i / count) * Width / 3, Y: cy + Math.Sin(2 * Math.PI * i / count) * height / 3))
            .ToArray();
        var k = Math.Sqrt(Width * height / count);
        for (var iteration = 0; iteration < ForceIterations; iteration++)
        {
            var temperature = Width / 10 * (1 - (double)iteration / ForceIterations);
            var moves = new (double X, double Y)[count];
            for (var a = 0; a < count; a++)
            {
                for (var b = a + 1; b < count; b++)
                {
                    var (dx, dy, distance) = Between(positions[a], positions[b], a, b);
                    var push = k * k / distance;
                    moves[a] = (moves[a].X + dx / distance * push, moves[a].Y + dy / distance * push);
                    moves[b] = (moves[b].X - dx / distance * push, moves[b].Y - dy / distance * push);
                }
            }
            foreach (var (a, b) in links)
            {
                var (dx, dy, distance) = Between(positions[a], positions[b], a, b);
                var pull = distance * distance / k;
                moves[a] = (moves[a].X - dx / distance * pull, moves[a].Y - dy / distance * pull);
                moves[b] = (moves[b].X + dx / distance * pull, moves[b].Y + dy / distance * pull);
            }
            for (var i = 0; i < count; i++)
            {
                // A little gravity keeps organisations without bridges between them on the page.
                var (gx, gy) = (moves[i].X + (cx - positions[i].X) * 0.05 * k / Width, moves[i].Y + (cy - positions[i].Y) * 0.05 * k / height);
                var length = Math.Max(Math.Sqrt(gx * gx + gy * gy), 1e-9);
                var step = Math.Min(length, temperature);
                positions[i] = (Math.Clamp(positions[i].X + gx / length * step, Padding, Width - Padding),
                                Math.Clamp(positions[i].Y + gy / length * step, Padding, height - Padding));
            }
        }
        return positions;
    }

    /// <summary>From b to a, never zero: two organisations on the same spot part in a direction set by their order.</summary>
    private static (double Dx, double Dy, double Distance) Between((double X, double Y) a, (double X, double Y) b, int ia, int ib)
    {
        var (dx, dy) = (a.X - b.X, a.Y - b.Y);
        if (dx * dx + dy * dy < 1e-6) (dx, dy) = (Math.Cos(ia * 2.399 + ib), Math.Sin(ia * 2.399 + ib));
        return (dx, dy, Math.Max(Math.Sqrt(dx * dx + dy * dy), 0.01));
    }

    /// <summary>Pushes overlapping boxes apart along the shorter way out, half each, keeping them within the width.</summary>
    private static void Spread(Box[] boxes)
    {
        for (var iteration = 0; iteration < SpreadIterations; iteration++)
        {
            var moved = false;
            for (var a = 0; a < boxes.Length; a++)
            {
                for (var b = a + 1; b < boxes.Length; b++)
                {
                    if (!boxes[a].Overlaps(boxes[b], Gap)) continue;
                    moved = true;
                    var (first, second) = (boxes[a], boxes[b]);
                    var overlapX = Math.Min(first.Right, second.Right) - Math.Max(first.X, second.X) + Gap;
                    var overlapY = Math.Min(first.Bottom, second.Bottom) - Math.Max(first.Y, second.Y) + Gap;
                    var aFirst = first.X + first.Width / 2 < second.X + second.Width / 2 || (first.X + first.Width / 2 == second.X + second.Width / 2 && a < b);
                    var aAbove = first.Y + first.Height / 2 < second.Y + second.Height / 2 || (first.Y + first.Height / 2 == second.Y + second.Height / 2 && a < b);
                    if (overlapX < overlapY)
                    {
                        var shift = (aFirst ? -overlapX : overlapX) / 2;
                        boxes[a] = Within(first with { X = first.X + shift });
                        boxes[b] = Within(second with { X = second.X - shift });
                    }
                    else
                    {
                        var shift = (aAbove ? -overlapY : overlapY) / 2;
                        boxes[a] = first with { Y = first.Y + shift };
                        boxes[b] = second with { Y = second.Y - shift };
                    }
                }
            }
            if (!moved) return;
        }
    }

    /// <summary>Whatever the spreading left overlapping, from the top down: a box that overlaps one above it moves
    /// below it. Afterwards no two boxes overlap.</summary>
    private static void Settle(Box[] boxes)
    {
        var order = Enumerable.Range(0, boxes.Length).OrderBy(i => boxes[i].Y).ThenBy(i => boxes[i].X).ToList();
        var settled = new List<int>();
        foreach (var i in order)
        {
            while (settled.Where(s => boxes[s].Overlaps(boxes[i], Gap)).Select(s => (double?)boxes[s].Bottom).Max() is { } bottom)
            {
                boxes[i] = boxes[i] with { Y = bottom + Gap };
            }
            settled.Add(i);
        }
    }

    private static Box Within(Box box) => box with { X = Math.Clamp(box.X, Padding, Math.Max(Padding, Width - Padding - box.Width)) };
}
