using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Passerelles.Web.Features.Directory;

/// <summary>The search index's folder, read with positional reads (<see cref="RandomAccess"/>) into buffers of
/// <see cref="BufferSize"/> bytes. The memory-mapped reader of Lucene.NET takes and releases a handle on every byte it
/// reads, and the pages it maps count in the process's resident memory, while the ones read stay in the operating
/// system's cache. Lucene.NET's own positional reader asks the file for its length before every read, a system call
/// that took a sixth of a search: an index file never changes once written, so its length is read once, when it is
/// opened.</summary>
internal sealed class PositionalReadDirectory(DirectoryInfo folder) : FSDirectory(folder)
{
    public const int BufferSize = 8192;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Input(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }

    /// <summary>One open file; its clones (one per search thread) share the handle, which only the original closes.</summary>
    private sealed class Input(string path, SafeFileHandle file) : BufferedIndexInput($"PositionalReadDirectory.Input(path=\"{path}\")", PositionalReadDirectory.BufferSize)
    {
        private readonly long _length = RandomAccess.GetLength(file);
        private bool _isClone;

        public override long Length => _length;

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var target = b.AsSpan(offset, length);
            var position = Position;
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(file, target, position);
                if (read <= 0) throw new EndOfStreamException($"Read past the end of {this}.");
                target = target[read..];
                position += read;
            }
        }

        // Every read says where it reads from.
        protected override void SeekInternal(long pos) { }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone) file.Dispose();
        }
    }
}
