
namespace Passerelles.Web.Features.Reports.Templates;

/// <summary>A template as typed: its name in the three languages, its funder (none for the network's own report),
/// whether it is published, its sections (heading, indicator keys separated by spaces or commas) and its free-text
/// parts, each naming its section. Rows left blank are ignored.</summary>
public sealed class TemplateForm
{
    public const int KeysMaxLength = 1000;

    [StringLength(ReportTemplate.KeyMaxLength)]
    [Display(Name = "Key")]
    public string? Key { get; set; }

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Name (Québec French)")]
    public string? NameFrCa { get; set; }

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Name (France French)")]
    public string? NameFrFr { get; set; }

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Name (English)")]
    public string? NameEn { get; set; }

    [Display(Name = "Funder")]
    public Guid? FunderId { get; set; }

    [Display(Name = "Published: reports can be made from this version")]
    public bool Published { get; set; }

    public List<SectionInput> Sections { get; set; } = [];
    public List<TextInput> Texts { get; set; } = [];

    public sealed class SectionInput
    {
        [StringLength(ReportTemplate.KeyMaxLength)] public string? Key { get; set; }
        [StringLength(LocalisedTextMapping.LabelMaxLength)] public string? HeadingFrCa { get; set; }
        [StringLength(LocalisedTextMapping.LabelMaxLength)] public string? HeadingFrFr { get; set; }
        [StringLength(LocalisedTextMapping.LabelMaxLength)] public string? HeadingEn { get; set; }
        [StringLength(KeysMaxLength)] public string? Indicators { get; set; }

        public bool IsBlank => new[] { Key, HeadingFrCa, HeadingFrFr, HeadingEn, Indicators }.All(string.IsNullOrWhiteSpace);

        public IReadOnlyList<string> IndicatorKeys =>
            (Indicators ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
    }

    public sealed class TextInput
    {
        [StringLength(ReportTemplate.KeyMaxLength)] public string? Section { get; set; }
        [StringLength(ReportTemplate.KeyMaxLength)] public string? Key { get; set; }
        [StringLength(LocalisedTextMapping.GuidanceMaxLength)] public string? PromptFrCa { get; set; }
        [StringLength(LocalisedTextMapping.GuidanceMaxLength)] public string? PromptFrFr { get; set; }
        [StringLength(LocalisedTextMapping.GuidanceMaxLength)] public string? PromptEn { get; set; }

        public bool IsBlank => new[] { Section, Key, PromptFrCa, PromptFrFr, PromptEn }.All(string.IsNullOrWhiteSpace);
    }

    /// <summary>The form filled from a version, with <paramref name="blankRows"/> empty rows to add sections and texts.</summary>
    public static TemplateForm From(ReportTemplate template, int blankRows)
    {
        var sections = template.Sections;
        var form = new TemplateForm
        {
            Key = template.Key, NameFrCa = template.Name.FrCa, NameFrFr = template.Name.FrFr, NameEn = template.Name.En, FunderId = template.FunderId,
            Published = template.Status == TemplateStatus.Published,
            Sections = sections.Select(s => new SectionInput
            {
                Key = s.Key, HeadingFrCa = s.Heading.FrCa, HeadingFrFr = s.Heading.FrFr, HeadingEn = s.Heading.En, Indicators = string.Join(' ', s.Indicators),
            }).ToList(),
            Texts = sections.SelectMany(s => s.Texts.Select(x => new TextInput
            {
                Section = s.Key, Key = x.Key, PromptFrCa = x.Prompt.FrCa, PromptFrFr = x.Prompt.FrFr, PromptEn = x.Prompt.En,
            })).ToList(),
        };
        form.AddBlankRows(blankRows);
        return form;
    }

    public void AddBlankRows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Sections.Add(new SectionInput());
            Texts.Add(new TextInput());
        }
    }

    /// <summary>Checks what annotations cannot — keys, complete headings and prompts, known indicators, texts naming a
    /// section — and reports each problem on its field, as the field's name and the message key with its argument.</summary>
    public IReadOnlyList<(string Field, string Message, object? Argument)> Problems()
    {
        var problems = new List<(string, string, object?)>();
        var keys = new HashSet<string>();
        for (var i = 0; i < Sections.Count; i++)
        {
            var section = Sections[i];
            if (section.IsBlank) continue;
            var prefix = $"Input.Sections[{i}].";
            if (!Grid.IsValidKey(section.Key?.Trim())) problems.Add((prefix + "Key", "Write a key of lowercase letters, digits and hyphens.", null));
            else if (!keys.Add(section.Key!.Trim())) problems.Add((prefix + "Key", "Two sections have the same key.", null));
            if (new[] { section.HeadingFrCa, section.HeadingFrFr, section.HeadingEn }.Any(string.IsNullOrWhiteSpace))
                problems.Add((prefix + "HeadingEn", "Write the heading in the three languages.", null));
            if (section.IndicatorKeys.FirstOrDefault(k => IndicatorCatalog.Find(k) is null) is { } unknown)
                problems.Add((prefix + "Indicators", "No indicator has the key {0}.", unknown));
        }
        var textKeys = new HashSet<(string, string)>();
        for (var i = 0; i < Texts.Count; i++)
        {
            var text = Texts[i];
            if (text.IsBlank) continue;
            var prefix = $"Input.Texts[{i}].";
            if (!keys.Contains(text.Section?.Trim() ?? "")) problems.Add((prefix + "Section", "Name the key of one of the sections above.", null));
            if (!Grid.IsValidKey(text.Key?.Trim())) problems.Add((prefix + "Key", "Write a key of lowercase letters, digits and hyphens.", null));
            else if (!textKeys.Add((text.Section?.Trim() ?? "", text.Key!.Trim()))) problems.Add((prefix + "Key", "Two texts of a section have the same key.", null));
            if (new[] { text.PromptFrCa, text.PromptFrFr, text.PromptEn }.Any(string.IsNullOrWhiteSpace))
                problems.Add((prefix + "PromptEn", "Write what to write in the three languages.", null));
        }
        if (keys.Count == 0) problems.Add(("Input.Sections[0].Key", "A template has at least one section.", null));
        return problems;
    }

    /// <summary>Writes the form into a version (checked first with <see cref="Problems"/>).</summary>
    public void ApplyTo(ReportTemplate template)
    {
        template.Name = new LocalisedText(NameFrCa!.Trim(), NameFrFr!.Trim(), NameEn!.Trim());
        template.FunderId = FunderId;
        template.Status = Published ? TemplateStatus.Published : TemplateStatus.Draft;
        var texts = Texts.Where(x => !x.IsBlank).ToList();
        template.Sections = Sections.Where(s => !s.IsBlank).Select(s => new TemplateSection(
            s.Key!.Trim(), new LocalisedText(s.HeadingFrCa!.Trim(), s.HeadingFrFr!.Trim(), s.HeadingEn!.Trim()), s.IndicatorKeys,
            texts.Where(x => x.Section!.Trim() == s.Key.Trim())
                .Select(x => new TemplateText(x.Key!.Trim(), new LocalisedText(x.PromptFrCa!.Trim(), x.PromptFrFr!.Trim(), x.PromptEn!.Trim()))).ToList()))
            .ToList();
    }
}
