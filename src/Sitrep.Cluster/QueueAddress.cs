using System.Text.RegularExpressions;

namespace Sitrep.Cluster;

/// <summary>
/// Where a feed's queue lives: <c>nats://host[:port][/name]</c>. The name (default <c>sitrep</c>) names everything on
/// the server: the work-queue stream <c>name</c> (subject <c>name.documents</c>), its durable pull consumer
/// <c>name-workers</c>, and the dead-letter stream <c>name-dead</c> (subject <c>name.dead</c>).
/// </summary>
public sealed partial record QueueAddress
{
    public const string DefaultName = "sitrep";

    private QueueAddress(string url, string name)
    {
        Url = url;
        Name = name;
    }

    /// <summary>The server URL (without the name).</summary>
    public string Url { get; }

    /// <summary>The feed's name.</summary>
    public string Name { get; }

    public string Stream => Name;

    public string Subject => Name + ".documents";

    public string Consumer => Name + "-workers";

    public string DeadStream => Name + "-dead";

    public string DeadSubject => Name + ".dead";

    /// <summary>Reads a <c>--queue</c> value; throws <see cref="QueueException"/> with one line when it is not one.</summary>
    public static QueueAddress Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var u) || u.Scheme != "nats" || u.Host.Length == 0)
        {
            throw new QueueException($"{value}: not a nats://host[:port][/name] URL");
        }

        string name = u.AbsolutePath.Trim('/');
        if (name.Length == 0)
        {
            name = DefaultName;
        }
        else if (!NamePattern().IsMatch(name))
        {
            throw new QueueException($"{value}: the queue name '{name}' may hold only letters, digits, '-' and '_'");
        }

        return new QueueAddress($"nats://{u.Host}:{(u.Port > 0 ? u.Port : 4222)}", name);
    }

    public override string ToString() => Name == DefaultName ? Url : Url + "/" + Name;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}

/// <summary>A queue that cannot be used, with a one-line message naming it and the problem.</summary>
public sealed class QueueException : Exception
{
    public QueueException()
    {
    }

    public QueueException(string message)
        : base(message)
    {
    }

    public QueueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
