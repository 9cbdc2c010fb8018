package org.bulletins.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files that PATH arguments name, found on the driver through Hadoop's file systems (local,
 * HDFS, object stores): a file as it is, a folder's {@code *.txt} files by name, each file once.
 * Source names follow the command line: a local path as given (a folder's file as {@code
 * FOLDER/NAME}), a URI as given.
 */
public final class InputFiles {

  /** One file to read: its place in the input, where it is, and the source name of its items. */
  public record InputFile(int ordinal, String location, String sourceName) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private InputFiles() {}

  /**
   * The files of some PATH arguments, in input order.
   *
   * @param arguments the paths: files or folders, local paths or URIs
   * @param conf the Hadoop configuration
   * @return the files
   * @throws IllegalArgumentException naming the path when one is missing, unreadable or a folder
   *     with no {@code .txt} file
   */
  public static List<InputFile> expand(List<String> arguments, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String argument : arguments) {
      if (argument.isEmpty()) {
        throw new IllegalArgumentException(
            "an empty PATH names no file (use . for the current folder)");
      }
      if (argument.equals("-")) {
        throw new IllegalArgumentException(
            "standard input cannot be read on a cluster: name files");
      }
      boolean local = URI.create(encodeForUri(argument)).getScheme() == null;
      Path path = new Path(argument);
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status;
        try {
          status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
          throw new IllegalArgumentException("no such file or folder: " + argument, e);
        }
        List<FileStatus> named = new ArrayList<>();
        if (status.isDirectory()) {
          FileStatus[] children = fs.listStatus(path);
          Arrays.sort(children, Comparator.comparing((FileStatus c) -> c.getPath().getName()));
          for (FileStatus child : children) {
            if (child.getPath().getName().endsWith(".txt") && child.isFile()) {
              named.add(child);
            }
          }
          if (named.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in folder: " + argument);
          }
        } else {
          named.add(status);
        }
        for (FileStatus file : named) {
          String location = fs.makeQualified(file.getPath()).toString();
          if (!seen.add(location)) {
            continue; // the command line reads a file named twice once
          }
          String name;
          if (!status.isDirectory()) {
            name = local ? java.nio.file.Path.of(argument).toString() : argument;
          } else {
            name =
                local
                    ? java.nio.file.Path.of(argument).resolve(file.getPath().getName()).toString()
                    : new Path(path, file.getPath().getName()).toString();
          }
          files.add(new InputFile(files.size(), location, name));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read: " + argument + " (" + e.getMessage() + ")", e);
      }
    }
    return files;
  }

  /** A path as URI text, so that spaces and the like do not hide whether it has a scheme. */
  private static String encodeForUri(String argument) {
    int colon = argument.indexOf(':');
    int slash = argument.indexOf('/');
    // "C:", "./a:b" and "a b" are local paths; only "scheme:..." before any slash is a URI.
    if (colon <= 1 || (slash >= 0 && slash < colon)) {
      return "x";
    }
    return argument.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")
        ? argument.substring(0, colon) + ":x"
        : "x";
  }
}
