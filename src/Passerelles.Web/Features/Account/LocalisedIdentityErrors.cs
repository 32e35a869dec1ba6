namespace Passerelles.Web.Features.Account;

/// <summary>Identity's messages in the person's language.</summary>
public sealed class LocalisedIdentityErrors(IStringLocalizer<Text> t) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Something went wrong. Please try again."]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t[VersionedSave.ChangedMeanwhile]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["The password is incorrect."]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["This link is invalid or has expired."]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["This e-mail address is not valid."]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["This e-mail address is not valid."]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["An account already uses this e-mail address."]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["An account already uses this e-mail address."]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["The password must have at least {0} characters.", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["The password must contain a digit."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["The password must contain a lower-case letter."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["The password must contain an upper-case letter."]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), t["The password must contain a symbol."]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["The password must contain at least {0} different characters.", uniqueChars]);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), t["Something went wrong. Please try again."]);
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), t["This recovery code is not valid."]);
}
