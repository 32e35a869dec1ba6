namespace Passerelles.Web.Data;

/// <summary>A record of history that is only ever added to: <see cref="AppendOnlyGuard"/> refuses to save a change to
/// one or its deletion.</summary>
public interface IAppendOnly;
