using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using NodaTime.Text;

namespace Passerelles.Web.Infrastructure.Time;

/// <summary>
/// <c>&lt;both-sides-time at="@instant" /&gt;</c>: the one component that shows a time concerning both sides of
/// the ocean in each side's local time, e.g. "10:00 Montréal · 16:00 Paris".
/// </summary>
[HtmlTargetElement("both-sides-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BothSidesTimeTagHelper(ViewerTime viewer, HtmlEncoder encoder) : TagHelper
{
    /// <summary>The machine-readable time HTML accepts: an offset with its minutes, at most three decimals of a second.</summary>
    public static readonly OffsetDateTimePattern Machine =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFo<+HH:mm>");

    public Instant At { get; set; }
    public bool WithDate { get; set; }

    /// <summary>The zones to show it in, when not the viewer's crossing zones: an itinerary shows the place's first.</summary>
    public IReadOnlyList<string>? Zones { get; set; }

    /// <summary>How to name the first zone, when it is a place's rather than its city's ("Tarnos" rather than "Paris").</summary>
    public string? PlaceName { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "both-sides-time");
        var parts = (Zones ?? viewer.CrossingZones()).Select((zone, index) =>
        {
            var name = index == 0 && !string.IsNullOrWhiteSpace(PlaceName) ? PlaceName : TimeZones.PlaceName(zone);
            var text = (WithDate ? viewer.DateTime(At, zone) : viewer.Time(At, zone)) + " " + name;
            var iso = Machine.Format(At.InZone(TimeZones.Get(zone)).ToOffsetDateTime());
            return $"<time datetime=\"{encoder.Encode(iso)}\">{encoder.Encode(text)}</time>";
        });
        output.Content.SetHtmlContent(string.Join(" · ", parts));
    }
}
