namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>One capture's TCP payloads (from <c>TestData/*.txt</c>, made with tshark from shared/captures): per stream and direction.</summary>
public sealed record IscsiCapture(string Name, IReadOnlyList<IscsiCapture.Segment> Segments)
{
    /// <summary>One TCP payload: direction (initiator to target or back), stream, bytes captured, length on the wire.</summary>
    public sealed record Segment(bool FromInitiator, int Stream, byte[] Bytes, int WireLength)
    {
        /// <summary>Whether the capture cut the segment short (snap length).</summary>
        public bool Truncated => Bytes.Length < WireLength;
    }

    /// <summary>Names of the captures whose payloads are whole.</summary>
    public static readonly string[] Complete =
        ["discovery-chap", "ipxe-sanboot-chap", "login-chap-crc32c-digests", "login-mutual-chap-inquiry", "login-wrong-secret"];

    /// <summary>Loads a capture by name.</summary>
    public static IscsiCapture Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Iscsi", "TestData", name + ".txt");
        var segments = new List<Segment>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            var f = line.Split(' ');
            segments.Add(new Segment(f[0] == "i", int.Parse(f[1]), Convert.FromHexString(f[2]), int.Parse(f[3])));
        }
        return new IscsiCapture(name, segments);
    }

    /// <summary>The bytes of one direction of one TCP stream, concatenated.</summary>
    public byte[] Flow(int stream, bool fromInitiator) =>
        Segments.Where(s => s.Stream == stream && s.FromInitiator == fromInitiator).SelectMany(s => s.Bytes).ToArray();

    /// <summary>The TCP streams in the capture.</summary>
    public IEnumerable<int> Streams => Segments.Select(s => s.Stream).Distinct();
}
