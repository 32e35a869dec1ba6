namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>The three questions of the student's return questionnaire and of the supervisor's evaluation: a rating, a
/// written answer, and a yes or no. The pages word each question for their reader.</summary>
public sealed class ClosingForm
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    [Required]
    [Range(MinRating, MaxRating)]
    [Display(Name = "Rating")]
    public int? Rating { get; set; }

    [Required]
    [StringLength(PlacementStay.AnswerMaxLength)]
    [Display(Name = "Answer")]
    public string? Text { get; set; }

    [Required]
    [Display(Name = "Yes or no")]
    public bool? Again { get; set; }
}

/// <summary>The closing form with its three questions, worded for its reader.</summary>
public sealed record ClosingQuestions(ClosingForm Input, string Rating, string Text, string Again);
