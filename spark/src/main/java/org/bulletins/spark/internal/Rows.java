package org.bulletins.spark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bulletins.model.ClusterKind;
import org.bulletins.model.ItemField;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchLink;
import org.bulletins.model.MatchRule;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Items and stories as Spark rows, in the field names and order of the command line's JSON ({@code
 * parse --format jsonl} and {@code dedup --format json}), and back. Dates are ISO text, as in the
 * JSON; an absent date or day distance is null.
 */
public final class Rows {

  /** The item schema: the fields of {@code bulletins parse --format jsonl}. */
  public static final StructType ITEM =
      new StructType(
          new StructField[] {
            field("source", DataTypes.StringType, false),
            field("line", DataTypes.IntegerType, false),
            field("firstLine", DataTypes.IntegerType, false),
            field("lastLine", DataTypes.IntegerType, false),
            field("date", DataTypes.StringType, true),
            field("title", DataTypes.StringType, false),
            field("paragraphs", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("id", DataTypes.StringType, false),
            field("labels", DataTypes.createArrayType(DataTypes.StringType, false), false)
          });

  private static final StructType FIELD_SOURCES =
      new StructType(
          new StructField[] {
            field("date", DataTypes.IntegerType, false),
            field("title", DataTypes.IntegerType, false),
            field("body", DataTypes.IntegerType, false)
          });

  private static final StructType LINK =
      new StructType(
          new StructField[] {
            field("left", DataTypes.IntegerType, false),
            field("right", DataTypes.IntegerType, false),
            field("sameStory", DataTypes.BooleanType, false),
            field("rule", DataTypes.StringType, false),
            field("titleSimilarity", DataTypes.DoubleType, false),
            field("bodySimilarity", DataTypes.DoubleType, false),
            field("containment", DataTypes.DoubleType, false),
            field("dateDistanceDays", DataTypes.IntegerType, true),
            field("sharedTerms", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field(
                "conflictingTerms", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field(
                "scores",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false),
                false),
            field("strength", DataTypes.DoubleType, false)
          });

  /** The story schema: the cluster fields of {@code bulletins dedup --format json}. */
  public static final StructType STORY =
      new StructType(
          new StructField[] {
            field("kind", DataTypes.StringType, false),
            field("id", DataTypes.StringType, false),
            field("members", DataTypes.createArrayType(ITEM, false), false),
            field("merged", ITEM, false),
            field("fieldSources", FIELD_SOURCES, false),
            field("titleVariants", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("evidence", DataTypes.createArrayType(LINK, false), false)
          });

  private Rows() {}

  private static StructField field(
      String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /**
   * An item as a row of {@link #ITEM}.
   *
   * @param item an item
   * @return its row
   */
  public static Row item(NewsItem item) {
    return RowFactory.create(
        item.span().source(),
        item.span().titleLine(),
        item.span().firstLine(),
        item.span().lastLine(),
        item.date().map(LocalDate::toString).orElse(null),
        item.title(),
        seq(item.paragraphs()),
        item.computeId().value(),
        seq(item.labels()));
  }

  /**
   * The item of a row of {@link #ITEM} (the id is computed again, not read).
   *
   * @param row a row
   * @return its item
   */
  public static NewsItem item(Row row) {
    String date = row.getString(row.fieldIndex("date"));
    return new NewsItem(
        date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)),
        row.getString(row.fieldIndex("title")),
        row.getList(row.fieldIndex("paragraphs")),
        new SourceSpan(
            row.getString(row.fieldIndex("source")),
            row.getInt(row.fieldIndex("firstLine")),
            row.getInt(row.fieldIndex("line")),
            row.getInt(row.fieldIndex("lastLine"))),
        row.isNullAt(row.fieldIndex("labels")) ? List.of() : row.getList(row.fieldIndex("labels")));
  }

  /**
   * A story as a row of {@link #STORY}.
   *
   * @param story a story
   * @return its row
   */
  public static Row story(MergedStory story) {
    List<Row> members = new ArrayList<>(story.members().size());
    for (NewsItem member : story.members()) {
      members.add(item(member));
    }
    List<Row> links = new ArrayList<>(story.links().size());
    for (MatchLink link : story.links()) {
      MatchEvidence e = link.evidence();
      links.add(
          RowFactory.create(
              link.left(),
              link.right(),
              e.sameStory(),
              e.rule().id(),
              e.titleSimilarity(),
              e.bodySimilarity(),
              e.containment(),
              e.dateDistanceDays().orElse(null),
              seq(e.sharedTerms()),
              seq(e.conflictingTerms()),
              CollectionConverters.asScala(new LinkedHashMap<>(e.scores())),
              e.strength()));
    }
    Map<ItemField, Integer> sources = story.fieldSources();
    return RowFactory.create(
        kindName(story.kind()),
        story.computeId().value(),
        seq(members),
        item(story.merged()),
        RowFactory.create(
            sources.get(ItemField.DATE), sources.get(ItemField.TITLE), sources.get(ItemField.BODY)),
        seq(story.titleVariants()),
        seq(links));
  }

  /**
   * The story of a row of {@link #STORY}.
   *
   * @param row a row
   * @return its story
   */
  public static MergedStory story(Row row) {
    List<NewsItem> members = new ArrayList<>();
    for (Row member : row.<Row>getList(row.fieldIndex("members"))) {
      members.add(item(member));
    }
    Row sources = row.getStruct(row.fieldIndex("fieldSources"));
    Map<ItemField, Integer> fieldSources = new EnumMap<>(ItemField.class);
    fieldSources.put(ItemField.DATE, sources.getInt(0));
    fieldSources.put(ItemField.TITLE, sources.getInt(1));
    fieldSources.put(ItemField.BODY, sources.getInt(2));
    List<MatchLink> links = new ArrayList<>();
    for (Row link : row.<Row>getList(row.fieldIndex("evidence"))) {
      MatchEvidence e =
          new MatchEvidence(
              link.getDouble(4),
              link.getDouble(5),
              link.getDouble(6),
              link.isNullAt(7) ? Optional.empty() : Optional.of(link.getInt(7)),
              link.getList(8),
              link.getList(9),
              link.getBoolean(2),
              MatchRule.fromId(link.getString(3)),
              link.getJavaMap(10),
              link.getDouble(11));
      links.add(new MatchLink(link.getInt(0), link.getInt(1), e));
    }
    return new MergedStory(
        kind(row.getString(row.fieldIndex("kind"))),
        item(row.getStruct(row.fieldIndex("merged"))),
        members,
        fieldSources,
        row.getList(row.fieldIndex("titleVariants")),
        links);
  }

  /** A list as the Scala sequence that Spark's row encoder asks for. */
  private static scala.collection.immutable.Seq<Object> seq(List<?> list) {
    return CollectionConverters.asScala(new ArrayList<Object>(list)).toList();
  }

  /** The JSON name of a kind: {@code near-duplicate} for NEAR_DUPLICATE. */
  static String kindName(ClusterKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static ClusterKind kind(String name) {
    return ClusterKind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
