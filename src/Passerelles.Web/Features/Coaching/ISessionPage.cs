namespace Passerelles.Web.Features.Coaching;

/// <summary>What the session fields partial needs from the page showing it.</summary>
public interface ISessionPage
{
    SessionForm Input { get; }
    SessionEditor Editor { get; }
}
