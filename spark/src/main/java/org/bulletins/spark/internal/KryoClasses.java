package org.bulletins.spark.internal;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.sql.catalyst.expressions.GenericRow;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.facts.Language;

/**
 * Registers the classes that SparkDedup shuffles with Kryo ({@code spark.kryo.registrator}), so
 * that a record is written with a class number rather than its class name. Java serialization,
 * Spark's default, writes class descriptors and goes through reflection for every record; with tens
 * of shuffled entries per item it was most of the time of the blocking stage.
 */
public final class KryoClasses implements KryoRegistrator {

  /** Spark makes one per serializer instance. */
  public KryoClasses() {}

  @Override
  public void registerClasses(Kryo kryo) {
    // Kryo 4 cannot set a record's fields: records go by Java serialization.
    kryo.addDefaultSerializer(Record.class, JavaSerializer.class);
    kryo.register(InputFiles.InputFile.class);
    kryo.register(DistributedDedup.Signed.class);
    kryo.register(KeyBlocks.class);
    kryo.register(DistributedDedup.LanguageBlock.class);
    kryo.register(PairJudging.Bundle.class);
    kryo.register(ItemSignature.class);
    kryo.register(Language.class);
    kryo.register(Language[].class);
    kryo.register(long[].class);
    kryo.register(int[].class);
    kryo.register(Object[].class);
    kryo.register(GenericRow.class);
    kryo.register(GenericRowWithSchema.class);
    kryo.register(StructType.class);
    kryo.register(StructField.class);
    kryo.register(StructField[].class);
  }
}
