namespace Passerelles.Web.Features.Agreements;

/// <summary>What the edit page binds: the version it started from, the title, the articles in order and the annexes.
/// Nothing is trimmed or reformatted: the legal text is kept exactly as typed.</summary>
public sealed class TextForm
{
    public int BaseVersion { get; set; }

    [Required]
    [StringLength(Agreement.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    public List<ArticleForm> Articles { get; set; } = [];
    public List<AnnexForm> Annexes { get; set; } = [];

    public sealed class ArticleForm
    {
        public Guid Key { get; set; }

        [Required]
        [StringLength(AgreementArticle.HeadingMaxLength)]
        [Display(Name = "Heading")]
        public string? Heading { get; set; }

        [StringLength(AgreementArticle.BodyMaxLength)]
        [Display(Name = "Text (Markdown)")]
        public string? Body { get; set; }
    }

    public sealed class AnnexForm
    {
        [Required]
        [StringLength(AgreementAnnex.TitleMaxLength)]
        [Display(Name = "Annex title")]
        public string? Title { get; set; }

        [StringLength(AgreementAnnex.BodyMaxLength)]
        [Display(Name = "Annex text (Markdown)")]
        public string? Body { get; set; }
    }

    public static TextForm From(AgreementVersion version) => new()
    {
        BaseVersion = version.Number,
        Title = version.Title,
        Articles = version.Articles.Select(a => new ArticleForm { Key = a.Key, Heading = a.Heading, Body = a.Body }).ToList(),
        Annexes = version.Annexes.Select(a => new AnnexForm { Title = a.Title, Body = a.Body }).ToList(),
    };

    public IEnumerable<(Guid Key, string Heading, string Body)> ArticleTexts =>
        Articles.Select(a => (a.Key == Guid.Empty ? Guid.NewGuid() : a.Key, a.Heading ?? "", a.Body ?? ""));

    public IEnumerable<(string Title, string Body)> AnnexTexts => Annexes.Select(a => (a.Title ?? "", a.Body ?? ""));

    public string CanonicalText() =>
        Agreements.CanonicalText.Of(Title ?? "", ArticleTexts.Select(a => (a.Heading, a.Body)), AnnexTexts);
}
