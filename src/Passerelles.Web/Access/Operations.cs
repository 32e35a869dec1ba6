using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>What a person may be allowed to do to a record. Each kind of record has one handler in this folder that
/// says, for each operation, who passes (see README.md for the whole matrix).</summary>
public static class Operations
{
    /// <summary>Know the record exists and read it.</summary>
    public static readonly OperationAuthorizationRequirement See = new() { Name = nameof(See) };

    /// <summary>Change the record's content (draft an agreement, edit a bridge, log coaching on a project).</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Act for the organisation behind the record: its set-up, its members, its parties, its deletion.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };

    /// <summary>Record an organisation's internal approval (of an agreement for a party).</summary>
    public static readonly OperationAuthorizationRequirement Approve = new() { Name = nameof(Approve) };

    /// <summary>Sign for a party.</summary>
    public static readonly OperationAuthorizationRequirement Sign = new() { Name = nameof(Sign) };

    /// <summary>Answer a grid about the record (a project, a territory study).</summary>
    public static readonly OperationAuthorizationRequirement Assess = new() { Name = nameof(Assess) };
}
