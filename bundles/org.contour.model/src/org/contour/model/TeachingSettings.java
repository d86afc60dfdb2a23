/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Teaching Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.TeachingSettings#getClassifierId <em>Classifier Id</em>}</li>
 *   <li>{@link org.contour.model.TeachingSettings#getClassifierOptions <em>Classifier Options</em>}</li>
 *   <li>{@link org.contour.model.TeachingSettings#getPointsPerClass <em>Points Per Class</em>}</li>
 *   <li>{@link org.contour.model.TeachingSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.contour.model.TeachingSettings#isIncludeLabelledExamples <em>Include Labelled Examples</em>}</li>
 *   <li>{@link org.contour.model.TeachingSettings#isShowPseudoPoints <em>Show Pseudo Points</em>}</li>
 *   <li>{@link org.contour.model.TeachingSettings#getSpace <em>Space</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getTeachingSettings()
 * @model
 * @generated
 */
public interface TeachingSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Classifier Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classifier Id</em>' attribute.
	 * @see #setClassifierId(String)
	 * @see org.contour.model.ContourPackage#getTeachingSettings_ClassifierId()
	 * @model
	 * @generated
	 */
	String getClassifierId();

	/**
	 * Sets the value of the '{@link org.contour.model.TeachingSettings#getClassifierId <em>Classifier Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Id</em>' attribute.
	 * @see #getClassifierId()
	 * @generated
	 */
	void setClassifierId(String value);

	/**
	 * Returns the value of the '<em><b>Classifier Options</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classifier Options</em>' map.
	 * @see org.contour.model.ContourPackage#getTeachingSettings_ClassifierOptions()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getClassifierOptions();

	/**
	 * Returns the value of the '<em><b>Points Per Class</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points Per Class</em>' attribute.
	 * @see #setPointsPerClass(int)
	 * @see org.contour.model.ContourPackage#getTeachingSettings_PointsPerClass()
	 * @model default="500"
	 * @generated
	 */
	int getPointsPerClass();

	/**
	 * Sets the value of the '{@link org.contour.model.TeachingSettings#getPointsPerClass <em>Points Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Per Class</em>' attribute.
	 * @see #getPointsPerClass()
	 * @generated
	 */
	void setPointsPerClass(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.contour.model.ContourPackage#getTeachingSettings_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.contour.model.TeachingSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Include Labelled Examples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Labelled Examples</em>' attribute.
	 * @see #setIncludeLabelledExamples(boolean)
	 * @see org.contour.model.ContourPackage#getTeachingSettings_IncludeLabelledExamples()
	 * @model
	 * @generated
	 */
	boolean isIncludeLabelledExamples();

	/**
	 * Sets the value of the '{@link org.contour.model.TeachingSettings#isIncludeLabelledExamples <em>Include Labelled Examples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Labelled Examples</em>' attribute.
	 * @see #isIncludeLabelledExamples()
	 * @generated
	 */
	void setIncludeLabelledExamples(boolean value);

	/**
	 * Returns the value of the '<em><b>Show Pseudo Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Show Pseudo Points</em>' attribute.
	 * @see #setShowPseudoPoints(boolean)
	 * @see org.contour.model.ContourPackage#getTeachingSettings_ShowPseudoPoints()
	 * @model
	 * @generated
	 */
	boolean isShowPseudoPoints();

	/**
	 * Sets the value of the '{@link org.contour.model.TeachingSettings#isShowPseudoPoints <em>Show Pseudo Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Show Pseudo Points</em>' attribute.
	 * @see #isShowPseudoPoints()
	 * @generated
	 */
	void setShowPseudoPoints(boolean value);

	/**
	 * Returns the value of the '<em><b>Space</b></em>' attribute.
	 * The literals are from the enumeration {@link org.contour.model.TeachingSpace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Space</em>' attribute.
	 * @see org.contour.model.TeachingSpace
	 * @see #setSpace(TeachingSpace)
	 * @see org.contour.model.ContourPackage#getTeachingSettings_Space()
	 * @model
	 * @generated
	 */
	TeachingSpace getSpace();

	/**
	 * Sets the value of the '{@link org.contour.model.TeachingSettings#getSpace <em>Space</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Space</em>' attribute.
	 * @see org.contour.model.TeachingSpace
	 * @see #getSpace()
	 * @generated
	 */
	void setSpace(TeachingSpace value);

} // TeachingSettings
